import type { ReviewedLocumA } from '../approver-schemas';
import { employerContribution } from '../contributions';
import { formatUkDate } from '../../shared/dates';
import { formatPence } from '../../shared/money';
import { ratePeriodOn, type RateBook } from '../rate-book';
import { approverFinding } from '../rules';
import type { Finding } from '../schemas';
import { comparison, exactPounds, figureSeverity } from './approver-figures';

/** Box 3 is the employer rate of the period of the payment date, applied to box 2 as shown (PCSE's 1 April 2017 precedent). */
export function checkEmployerContribution(reviewed: ReviewedLocumA, rates: RateBook): Finding {
  const code = 'EMPLOYER_CONTRIBUTION';
  if (!reviewed.paidOn) {
    return approverFinding(
      code,
      'warning',
      'The date paid is not shown, so the employer contribution could not be checked against the rate for the payment date.',
    );
  }
  const { pensionablePence, employerPence } = reviewed;
  if (employerPence === undefined)
    return approverFinding(code, 'warning', 'The employer contribution (box 3) is not shown on this page, so it could not be checked.');
  if (pensionablePence === undefined)
    return approverFinding(
      code,
      'warning',
      'The pensionable pay (box 2) is not shown on this page, so the employer contribution worked out from it could not be checked.',
    );
  const rate = ratePeriodOn(reviewed.paidOn, rates).employerRatePercent;
  const due = employerContribution(pensionablePence, reviewed.paidOn, rates);
  const severity = figureSeverity(employerPence, due);
  const ofWhat = `${rate}% of the pensionable pay (box 2) ${formatPence(pensionablePence)}, the employer rate for payments made on ${formatUkDate(reviewed.paidOn)},`;
  if (severity === 'info')
    return approverFinding(code, severity, `Employer contribution (box 3) ${formatPence(due)} is exactly ${ofWhat.replace(/,$/, '')}.`);
  // The rate has at most two decimals (14.38), so pence × rate × 100 is the exact amount in millionths of a pound.
  const said = comparison(
    'Employer contribution (box 3)',
    employerPence,
    exactPounds(pensionablePence * Math.round(rate * 100), 6),
    due,
    ofWhat,
  );
  const advice = severity === 'warning' ? 'A penny out is usually rounding on the portal.' : 'The employer contribution is wrong.';
  return approverFinding(code, severity, `${said} ${advice}`);
}
