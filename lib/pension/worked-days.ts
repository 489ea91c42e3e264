import { dayNumber, fromDayNumber } from './dates';
import type { DatePeriod } from './schemas';

/** Every distinct calendar day inside the inclusive periods, in order: rows that overlap count a day once. */
export function workedDays(periods: readonly DatePeriod[]): string[] {
  const days = new Set<number>();
  for (const { from, to } of periods) {
    const last = dayNumber(to);
    for (let day = dayNumber(from); day <= last; day++) days.add(day);
  }
  return [...days].sort((x, y) => x - y).map(fromDayNumber);
}
