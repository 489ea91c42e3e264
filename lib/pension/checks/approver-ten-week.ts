import type { ReviewedLocumA } from '../approver-schemas';
import { daysFromTo, formatUkDate } from '../../shared/dates';
import { tenWeekLimit } from '../deadlines';
import { approverFinding, PARAMETERS } from '../rules';
import type { Finding } from '../schemas';
import { capitalise, dayCount } from './approver-dates';

/**
 * Forms and payment must reach PCSE within 10 weeks of the last day worked, or the work can never be pensioned: the
 * same rule, and the same source, as TEN_WEEK_EXCEEDED in checkForms (pension-rules.md §4.2).
 */
export function checkTenWeeks(reviewed: ReviewedLocumA, today: string): Finding {
  const code = 'TEN_WEEK';
  if (reviewed.periods.length === 0)
    return approverFinding(code, 'warning', 'No dates worked are shown, so the 10-week rule could not be checked.');
  const lastDay = reviewed.periods.map((p) => p.to).reduce((x, y) => (y > x ? y : x));
  const limit = tenWeekLimit(lastDay);
  const left = daysFromTo(today, limit);
  const rule = `The 10-week rule: work ending ${formatUkDate(lastDay)} must reach PCSE, with the locum's Locum B and payment, by ${formatUkDate(limit)}.`;
  if (left < 0) {
    return approverFinding(
      code,
      'error',
      `${rule.replace('must reach', 'had to reach')} That was ${dayCount(-left)} ago, so this work can no longer be pensioned.`,
    );
  }
  const leftText = left === 0 ? 'Today is the last day.' : `${capitalise(dayCount(left))} left.`;
  if (left <= PARAMETERS.approverTenWeekWarningDays) {
    return approverFinding(code, 'warning', `${rule} ${leftText} Approving or rejecting it promptly lets the locum meet it.`);
  }
  return approverFinding(code, 'info', `${rule} ${leftText}`);
}
