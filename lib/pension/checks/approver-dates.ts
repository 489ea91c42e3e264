import { formatUkDate } from '../../shared/dates';
import type { ReviewedLocumA } from '../approver-schemas';

/** The first and last day of each period shown, as written (a period may run backwards: the date-order check says so). */
export function shownDays(reviewed: ReviewedLocumA): string[] {
  return reviewed.periods.flatMap((period) => [period.from, period.to]);
}

export const periodText = (p: { from: string; to: string }) =>
  p.from === p.to ? formatUkDate(p.from) : `${formatUkDate(p.from)} – ${formatUkDate(p.to)}`;

export const dayCount = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
