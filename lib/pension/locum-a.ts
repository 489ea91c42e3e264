import type * as z from 'zod/mini';
import { formBMonthOf } from './deadlines';
import { parseInput } from './errors';
import { percentOf } from '../shared/money';
import { ninetyPercent } from './contributions';
import { BUILT_IN_RATES, ratePeriodCovering, type RateBook } from './rate-book';
import { LocumAInput, type LocumA } from './schemas';
import { rememberWorkedDays, workedDays } from './worked-days';

/**
 * One Form A: one practice, one payment (pension-rules.md §6.1). Box 1 the fee, box 2 its 90%,
 * box 3 the employer contribution at the rate of the payment date (§2.3). Rules are checked by checkForms.
 */
export function buildLocumA(input: LocumAInput, rates: RateBook = BUILT_IN_RATES): LocumA {
  return buildValidLocumA(parseInput(LocumAInput, input, 'buildLocumA'), rates);
}

/** buildLocumA for input already validated, such as the ledger's records (checked when stored): no second validation per form. */
export function buildValidLocumA(form: z.output<typeof LocumAInput>, rates: RateBook = BUILT_IN_RATES): LocumA {
  const days = workedDays(form.periods);
  const firstDayWorked = days[0]!;
  const lastDayWorked = days[days.length - 1]!;
  ratePeriodCovering(firstDayWorked, rates);
  const workPeriod = ratePeriodCovering(lastDayWorked, rates);
  const paymentPeriod = ratePeriodCovering(form.paidOn, rates);
  const box2 = ninetyPercent(form.feePence);
  // Valid ISO dates sort as plain strings; localeCompare gave the same order at many times the cost.
  const periods = [...form.periods].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  rememberWorkedDays(periods, days);
  return {
    practice: { name: form.practice.name.trim(), odsCode: form.practice.odsCode.trim().toUpperCase() },
    periods,
    paidOn: form.paidOn,
    workType: form.workType,
    box1: form.feePence,
    box2,
    box3: percentOf(box2, paymentPeriod.employerRatePercent),
    daysWorked: days.length,
    firstDayWorked,
    lastDayWorked,
    month: formBMonthOf(lastDayWorked, form.paidOn, rates),
    ratePeriodId: workPeriod.id,
    employerRatePercent: paymentPeriod.employerRatePercent,
  };
}
