import type { ReviewedLocumA } from '../approver-schemas';
import { formatUkDate } from '../../shared/dates';
import { approverFinding } from '../rules';
import type { Finding } from '../schemas';
import { capitalise, shownDays } from './approver-dates';

/** Work and payment cannot be declared before they happen. */
export function checkDatesNotFuture(reviewed: ReviewedLocumA, today: string): Finding {
  const code = 'DATES_NOT_FUTURE';
  const future = [...new Set(shownDays(reviewed).filter((day) => day > today))].map((day) => `the day worked ${formatUkDate(day)}`);
  if (reviewed.paidOn && reviewed.paidOn > today) future.push(`the date paid ${formatUkDate(reviewed.paidOn)}`);
  if (future.length === 0) return approverFinding(code, 'info', `No date on the form is after today, ${formatUkDate(today)}.`);
  const are = future.length > 1 ? 'are' : 'is';
  return approverFinding(
    code,
    'error',
    `${capitalise(future.join(' and '))} ${are} after today, ${formatUkDate(today)}: a Locum A can only declare work done and paid.`,
  );
}
