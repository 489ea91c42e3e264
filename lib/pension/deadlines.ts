import { addDays, monthOf, nextMonth } from './dates';
import { parseInput } from './errors';
import { findRatePeriod } from './rate-periods';
import { PARAMETERS } from './rules';
import { IsoDate, Month } from './schemas';

/** Last day on which forms and payment may reach PCSE: last day worked + 70 days (pension-rules.md §4.2). */
export function tenWeekLimit(lastDayWorked: string): string {
  return addDays(parseInput(IsoDate, lastDayWorked, 'tenWeekLimit(lastDayWorked)'), PARAMETERS.tenWeekDays);
}

/** A Form B and its payment are due by the 7th of the following month, inclusive (reg 31(7)(b); pension-rules.md §4.1). */
export function formBDeadline(month: string): string {
  const checked = parseInput(Month, month, 'formBDeadline(month)');
  return `${nextMonth(checked)}-${String(PARAMETERS.formBDueDay).padStart(2, '0')}`;
}

/**
 * The month whose Form B declares a payment: the month paid, unless work and payment fall in different
 * rate periods (31 Mar / 1 Apr, 30 Sep / 1 Oct 2022), when it is the month worked (pension-rules.md §4.3–4.4).
 */
export function formBMonthFor(dateWorked: string, datePaid: string): string {
  const worked = parseInput(IsoDate, dateWorked, 'formBMonthFor(dateWorked)');
  const paid = parseInput(IsoDate, datePaid, 'formBMonthFor(datePaid)');
  const workedPeriod = findRatePeriod(worked);
  return workedPeriod && workedPeriod === findRatePeriod(paid) ? monthOf(paid) : monthOf(worked);
}
