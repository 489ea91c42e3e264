import { dayNumber } from '../shared/dates';
import type { DatePeriod } from '../pension';

/** An invoice's dates usually arrive in order already (the ledger is read by date worked): then no copy and no sort. */
function sortedDistinct(dates: string[]): string[] {
  for (let i = 1; i < dates.length; i++) if (dates[i - 1]! >= dates[i]!) return [...new Set(dates)].sort();
  return dates;
}

/** Sorted distinct dates merged into consecutive runs: 2, 3, 4 and 9 May become 2–4 May and 9 May, as Form A rows. */
export function periodsOf(dates: string[]): DatePeriod[] {
  const periods: DatePeriod[] = [];
  let lastDay = Number.NaN;
  for (const date of sortedDistinct(dates)) {
    // Day numbers, not addDays: building a date string per day worked was a hot spot of a long ledger.
    const day = dayNumber(date);
    const last = periods[periods.length - 1];
    if (last && day === lastDay + 1) last.to = date;
    else periods.push({ from: date, to: date });
    lastDay = day;
  }
  return periods;
}
