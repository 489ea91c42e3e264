import { addDays } from '../pension/dates';
import type { DatePeriod } from '../pension/schemas';

/** Sorted distinct dates merged into consecutive runs: 2, 3, 4 and 9 May become 2–4 May and 9 May, as Form A rows. */
export function periodsOf(dates: string[]): DatePeriod[] {
  const periods: DatePeriod[] = [];
  for (const date of [...new Set(dates)].sort()) {
    const last = periods[periods.length - 1];
    if (last && addDays(last.to, 1) === date) last.to = date;
    else periods.push({ from: date, to: date });
  }
  return periods;
}
