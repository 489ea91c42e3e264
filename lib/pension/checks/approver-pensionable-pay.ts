import type { ReviewedLocumA } from '../approver-schemas';
import { pensionablePay } from '../contributions';
import { formatPence } from '../../shared/money';
import { approverFinding } from '../rules';
import type { Finding } from '../schemas';
import { comparison, exactPounds, figureSeverity } from './approver-figures';

/** Box 2 is 90% of box 1, to the penny: "You cannot pension any more or less than 90%" (Form A guidance). */
export function checkPensionablePay(reviewed: ReviewedLocumA): Finding {
  const shown = reviewed.pensionablePence;
  if (shown === undefined)
    return approverFinding(
      'PENSIONABLE_PAY',
      'warning',
      'The pensionable pay (box 2) is not shown on this page, so it could not be checked.',
    );
  const due = pensionablePay(reviewed.feePence);
  const severity = figureSeverity(shown, due);
  const ofWhat = `90% of the fee (box 1) ${formatPence(reviewed.feePence)}`;
  if (severity === 'info')
    return approverFinding('PENSIONABLE_PAY', severity, `Pensionable pay (box 2) ${formatPence(due)} is exactly ${ofWhat}.`);
  const said = comparison('Pensionable pay (box 2)', shown, exactPounds(reviewed.feePence * 9, 3), due, ofWhat);
  const advice =
    severity === 'warning'
      ? 'A penny out is usually rounding on the portal, but the scheme pensions exactly 90% of the fee.'
      : 'It must be exactly 90% of the fee.';
  return approverFinding('PENSIONABLE_PAY', severity, `${said} ${advice}`);
}
