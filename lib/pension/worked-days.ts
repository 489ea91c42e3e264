import { dayNumber, fromDayNumber } from '../shared/dates';
import type { DatePeriod } from './schemas';

/** Every distinct calendar day inside the inclusive periods, in order: rows that overlap count a day once. */
export function workedDays(periods: readonly DatePeriod[]): string[] {
  const days: number[] = [];
  let ordered = true;
  for (const { from, to } of periods) {
    const last = dayNumber(to);
    for (let day = dayNumber(from); day <= last; day++) {
      if (days.length > 0 && day <= days[days.length - 1]!) ordered = false;
      days.push(day);
    }
  }
  // Built forms hold sorted rows that never overlap, so the de-duplicating sort is only needed for hand-made ones.
  const distinct = ordered ? days : [...new Set(days)].sort((x, y) => x - y);
  return distinct.map(fromDayNumber);
}

/**
 * The days of each built Form A's rows, kept by the rows array the form holds: checking the forms a ledger has just
 * built (monthlyForms) then reuses them instead of counting every day of a career twice. Forms from elsewhere,
 * and validated copies, are new arrays and are counted afresh.
 */
const daysOfBuiltRows = new WeakMap<readonly DatePeriod[], string[]>();

export function rememberWorkedDays(rows: readonly DatePeriod[], days: string[]): void {
  daysOfBuiltRows.set(rows, days);
}

export function workedDaysOf(rows: readonly DatePeriod[]): string[] {
  return daysOfBuiltRows.get(rows) ?? workedDays(rows);
}
