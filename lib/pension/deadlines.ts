import { addDays, monthOf, nextMonth } from '../shared/dates';
import { parseInput } from './errors';
import { BUILT_IN_RATES, findRatePeriod, type RateBook } from './rate-book';
import { PARAMETERS } from './rules';
import { IsoDate, Month } from './schemas';

/** Last day on which forms and payment may reach PCSE: last day worked + 70 days (pension-rules.md §4.2). */
export function tenWeekLimit(lastDayWorked: string): string {
  return addTenWeeks(parseInput(IsoDate, lastDayWorked, 'tenWeekLimit(lastDayWorked)'));
}

function addTenWeeks(lastDayWorked: string): string {
  return addDays(lastDayWorked, PARAMETERS.tenWeekDays);
}

/** A Form B and its payment are due by the 7th of the following month, inclusive (reg 31(7)(b); pension-rules.md §4.1). */
export function formBDeadline(month: string): string {
  return formBDueDate(parseInput(Month, month, 'formBDeadline(month)'));
}

export function formBDueDate(month: string): string {
  return `${nextMonth(month)}-${String(PARAMETERS.formBDueDay).padStart(2, '0')}`;
}

/**
 * The month whose Form B declares a payment: the month paid, unless work and payment fall in different
 * rate periods (31 Mar / 1 Apr, 30 Sep / 1 Oct 2022), when it is the month worked (pension-rules.md §4.3–4.4).
 */
export function formBMonthFor(dateWorked: string, datePaid: string, rates: RateBook = BUILT_IN_RATES): string {
  return formBMonthOf(
    parseInput(IsoDate, dateWorked, 'formBMonthFor(dateWorked)'),
    parseInput(IsoDate, datePaid, 'formBMonthFor(datePaid)'),
    rates,
  );
}

export function formBMonthOf(dateWorked: string, datePaid: string, rates: RateBook = BUILT_IN_RATES): string {
  const workedPeriod = findRatePeriod(dateWorked, rates);
  return workedPeriod && workedPeriod === findRatePeriod(datePaid, rates) ? monthOf(datePaid) : monthOf(dateWorked);
}
