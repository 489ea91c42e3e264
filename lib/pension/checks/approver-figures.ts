import { formatPence } from '../../shared/money';
import { PARAMETERS } from '../rules';
import type { Severity } from '../schemas';

/** £1,975.005: an exact amount given as a whole number of 10^-decimals pounds, with no float on the way. */
export function exactPounds(units: number, decimals: number): string {
  const digits = String(units).padStart(decimals + 1, '0');
  const pounds = new Intl.NumberFormat('en-GB').format(Number(digits.slice(0, -decimals)));
  return `£${pounds}.${digits.slice(-decimals).replace(/0+$/, '').padEnd(2, '0')}`;
}

/** A penny out is the portal's float rounding (a warning); more is a wrong figure (an error). */
export function figureSeverity(shownPence: number, duePence: number): Severity {
  if (shownPence === duePence) return 'info';
  return Math.abs(shownPence - duePence) <= PARAMETERS.approverPennyTolerancePence ? 'warning' : 'error';
}

/** "Box is £shown, but what it should be is £exact, which is £due to the penny." */
export function comparison(box: string, shownPence: number, exact: string, duePence: number, ofWhat: string): string {
  const rounded = exact === formatPence(duePence) ? exact : `${exact}, which is ${formatPence(duePence)} to the penny`;
  return `${box} is ${formatPence(shownPence)}, but ${ofWhat} is ${rounded}.`;
}
