// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLocumA, buildLocumB, employerContribution, pensionablePay, ratesOn, tierFor } from '../../../lib/pension';

const FIRST_DAY = Date.UTC(2015, 3, 1);
const LAST_DAY = Date.UTC(2027, 2, 31);
const isoDate = fc
  .integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / 86_400_000 })
  .map((offset) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10));
const fee = fc.integer({ min: 0, max: 5_000_000 }); // up to £50,000 on one invoice
const extra = fc.integer({ min: 0, max: 100_000 });

const formA = (feePence: number, day: string) =>
  buildLocumA({
    practice: { name: 'Elm Tree Surgery', odsCode: 'Y99902' },
    periods: [{ from: day, to: day }],
    feePence,
    paidOn: day,
    workType: 'practice',
  });

/** A Form B month with N Form As paid in it, and a rate that month may use. */
const monthOfForms = isoDate.chain((day) =>
  fc.record({
    day: fc.constant(day),
    fees: fc.array(fee, { minLength: 0, maxLength: 8 }),
    rate: fc.constantFrom(...ratesOn(day)),
    c: extra,
    d: extra,
    e: extra,
    f: extra,
  }),
);

describe('properties of the engine', () => {
  it('box i = box g + box h', () => {
    fc.assert(
      fc.property(monthOfForms, ({ day, fees, rate, c, d, e, f }) => {
        const b = buildLocumB({ month: day.slice(0, 7), ratePercent: rate, formsA: fees.map((p) => formA(p, day)), c, d, e, f });
        expect(b.i).toBe(b.g + b.h);
        expect(b.g).toBe(b.b + c + d + e + f);
      }),
      { numRuns: 500 },
    );
  });

  it('box 2 ≤ box 1, and box 3 ≤ box 2', () => {
    fc.assert(
      fc.property(fee, isoDate, (feePence, day) => {
        const form = formA(feePence, day);
        expect(form.box2).toBeLessThanOrEqual(form.box1);
        expect(form.box3).toBeLessThanOrEqual(form.box2);
      }),
      { numRuns: 1000 },
    );
  });

  it('contributions never decrease as the fee rises', () => {
    fc.assert(
      fc.property(fee, fee, isoDate, (x, y, day) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const rate = ratesOn(day)[2]!;
        const lowB = buildLocumB({ month: day.slice(0, 7), ratePercent: rate, formsA: [formA(low, day)] });
        const highB = buildLocumB({ month: day.slice(0, 7), ratePercent: rate, formsA: [formA(high, day)] });
        expect(pensionablePay(low)).toBeLessThanOrEqual(pensionablePay(high));
        expect(employerContribution(pensionablePay(low), day)).toBeLessThanOrEqual(employerContribution(pensionablePay(high), day));
        expect(lowB.b).toBeLessThanOrEqual(highB.b);
        expect(lowB.i).toBeLessThanOrEqual(highB.i);
      }),
      { numRuns: 1000 },
    );
  });

  it('the tier rate never decreases as income rises within a period', () => {
    const income = fc.integer({ min: 0, max: 20_000_000 });
    fc.assert(
      fc.property(income, income, isoDate, (x, y, day) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(tierFor(low, day).ratePercent).toBeLessThanOrEqual(tierFor(high, day).ratePercent);
      }),
      { numRuns: 2000 },
    );
  });

  it('a Form B built from N Form As equals the sum of its lines', () => {
    fc.assert(
      fc.property(monthOfForms, ({ day, fees, rate }) => {
        const forms = fees.map((p) => formA(p, day));
        const whole = buildLocumB({ month: day.slice(0, 7), ratePercent: rate, formsA: forms });
        const lines = forms.map((form) => buildLocumB({ month: day.slice(0, 7), ratePercent: rate, formsA: [form] }));
        expect(whole.a).toBe(lines.reduce((sum, line) => sum + line.a, 0));
        expect(whole.h).toBe(lines.reduce((sum, line) => sum + line.h, 0));
        expect(whole.j).toBe(whole.a);
        // b is rounded once on the total, so it may differ from the sum of rounded lines by under a penny per line.
        expect(Math.abs(whole.b - lines.reduce((sum, line) => sum + line.b, 0))).toBeLessThanOrEqual(Math.ceil(forms.length / 2));
      }),
      { numRuns: 500 },
    );
  });
});
