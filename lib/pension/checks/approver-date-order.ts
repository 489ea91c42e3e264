import type { ReviewedLocumA } from '../approver-schemas';
import { formatUkDate } from '../../shared/dates';
import { approverFinding } from '../rules';
import type { Finding } from '../schemas';
import { capitalise, periodText, shownDays } from './approver-dates';

/** Each period runs forwards, periods do not overlap, and the work was done by the date it was paid. */
export function checkDateOrder(reviewed: ReviewedLocumA): Finding {
  const code = 'DATES_ORDER';
  if (reviewed.periods.length === 0) return approverFinding(code, 'error', 'No dates worked are shown.');
  const problems: string[] = [];
  for (const p of reviewed.periods) if (p.from > p.to) problems.push(`the dates worked ${periodText(p)} end before they start`);
  const sorted = reviewed.periods.filter((p) => p.from <= p.to).sort((x, y) => (x.from < y.from ? -1 : 1));
  sorted.forEach((p, i) => {
    const next = sorted[i + 1];
    if (next && next.from <= p.to)
      problems.push(`the dates worked ${periodText(p)} and ${periodText(next)} overlap, so days would be counted twice`);
  });
  const lastWorked = shownDays(reviewed).reduce((x, y) => (y > x ? y : x));
  if (reviewed.paidOn && lastWorked > reviewed.paidOn) {
    problems.push(
      `work on ${formatUkDate(lastWorked)} is after the date paid, ${formatUkDate(reviewed.paidOn)}, but a locum is paid for work already done`,
    );
  }
  if (problems.length > 0) return approverFinding(code, 'error', `${capitalise(problems.join('; '))}.`);
  const paid = reviewed.paidOn ? ` and on or before the date paid, ${formatUkDate(reviewed.paidOn)}` : '';
  return approverFinding(code, 'info', `The dates worked (${reviewed.periods.map(periodText).join(', ')}) are in order${paid}.`);
}
