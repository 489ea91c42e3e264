import type * as z from 'zod/mini';
import { firstDayOf, formatMonth } from '../shared/dates';
import { formBDueDate } from './deadlines';
import { PensionInputError, parseInput } from './errors';
import { percentOf } from '../shared/money';
import { paymentReference } from './payment-reference';
import { LocumBInput, type LocumB } from './schemas';
import { BUILT_IN_RATES, ratePeriodCovering, type RateBook } from './rate-book';
import { ratesOf } from './tiers';

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * One Form B (Form B 2021/22 Part 2, pension-rules.md §6.2): a = Σ box 2; b = a × tier, half-up;
 * g = b+c+d+e+f; h = Σ of the already-rounded box 3 values; i = g + h; j = cumulative pay before + a.
 */
export function buildLocumB(input: LocumBInput, rates: RateBook = BUILT_IN_RATES): LocumB {
  return buildValidLocumB(parseInput(LocumBInput, input, 'buildLocumB'), rates);
}

/** buildLocumB for input already validated: the tier rate is still checked, as it depends on the month. */
export function buildValidLocumB(form: z.output<typeof LocumBInput>, book: RateBook = BUILT_IN_RATES): LocumB {
  const rates = ratesOf(ratePeriodCovering(firstDayOf(form.month), book));
  if (!rates.includes(form.ratePercent)) {
    throw new PensionInputError(
      `buildLocumB: ${form.ratePercent}% is not a tier rate for ${formatMonth(form.month)}; the rates are ${rates.map((r) => `${r}%`).join(', ')}.`,
    );
  }
  const a = sum(form.formsA.map((formA) => formA.box2));
  const b = percentOf(a, form.ratePercent);
  const [c, d, e, f] = [form.c ?? 0, form.d ?? 0, form.e ?? 0, form.f ?? 0];
  const g = b + c + d + e + f;
  const h = sum(form.formsA.map((formA) => formA.box3));
  const built: LocumB = {
    month: form.month,
    ratePercent: form.ratePercent,
    a,
    b,
    c,
    d,
    e,
    f,
    g,
    h,
    i: g + h,
    j: (form.cumulativeBeforePence ?? 0) + a,
    deadline: formBDueDate(form.month),
  };
  return form.sdNumber === undefined ? built : { ...built, paymentReference: paymentReference(form.sdNumber, form.month) };
}
