import { formatMonth, formatUkDate as uk, isWeekend } from '../../shared/dates';
import { formBDueDate } from '../deadlines';
import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** The Form B and its payment are due by the 7th of the following month (pension-rules.md §4.1). */
export function checkFormBLate({ input }: CheckContext): Finding[] {
  if (!input.formB) return [];
  const due = formBDueDate(input.formB.month);
  if (input.receivedOn <= due) return [];
  const weekend = isWeekend(due) ? ' The 7th fell on a weekend; no source says whether that moves the deadline.' : '';
  return [
    finding(
      'FORM_B_LATE',
      `the Form B for ${formatMonth(input.formB.month)} and its payment were due by ${uk(due)} and arrive ${uk(input.receivedOn)}.${weekend}`,
      'formB.month',
    ),
  ];
}
