// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLocumA, buildLocumB, PensionInputError } from '../../../lib/pension';

const riverside = { name: 'Riverside Medical Centre', odsCode: 'Y99901' };

describe('buildLocumA', () => {
  it('computes the three boxes and counts distinct days', () => {
    const form = buildLocumA({
      practice: riverside,
      periods: [
        { from: '2025-05-12', to: '2025-05-12' },
        { from: '2025-05-05', to: '2025-05-07' },
      ],
      feePence: 120000,
      paidOn: '2025-05-30',
      workType: 'practice',
    });
    expect(form).toMatchObject({
      box1: 120000,
      box2: 108000,
      box3: 15530,
      daysWorked: 4,
      month: '2025-05',
      firstDayWorked: '2025-05-05',
      lastDayWorked: '2025-05-12',
    });
    expect(form.periods[0]).toEqual({ from: '2025-05-05', to: '2025-05-07' });
  });

  it('counts overlapping rows once', () => {
    const form = buildLocumA({
      practice: riverside,
      periods: [
        { from: '2025-05-05', to: '2025-05-09' },
        { from: '2025-05-08', to: '2025-05-10' },
      ],
      feePence: 100,
      paidOn: '2025-05-30',
      workType: 'practice',
    });
    expect(form.daysWorked).toBe(6);
  });

  it('dates the employer rate by payment: March 2017 work paid in April 2017 takes 14.38%', () => {
    const form = buildLocumA({
      practice: riverside,
      periods: [{ from: '2017-03-27', to: '2017-03-31' }],
      feePence: 200000,
      paidOn: '2017-04-10',
      workType: 'practice',
    });
    expect(form).toMatchObject({ box2: 180000, box3: 25884, employerRatePercent: 14.38, month: '2017-03' });
  });

  it('names every bad field in one error and builds nothing', () => {
    const attempt = () =>
      buildLocumA({
        practice: riverside,
        periods: [{ from: '2025-05-09', to: '2025-05-07' }],
        feePence: -5,
        paidOn: '30/05/2025',
        workType: 'practice',
      });
    expect(attempt).toThrow(PensionInputError);
    expect(attempt).toThrow(/periods\[0\]\.to: the last day worked is before the first day worked/);
    expect(attempt).toThrow(/feePence: expected a whole number of pence/);
    expect(attempt).toThrow(/paidOn: expected a real date/);
  });

  it('needs at least one period', () => {
    expect(() => buildLocumA({ practice: riverside, periods: [], feePence: 100, paidOn: '2025-05-30', workType: 'practice' })).toThrow(
      /at least one period/,
    );
  });
});

describe('buildLocumB', () => {
  const formA = (feePence: number, paidOn: string) =>
    buildLocumA({ practice: riverside, periods: [{ from: '2025-06-02', to: '2025-06-03' }], feePence, paidOn, workType: 'practice' });

  it('adds up three Form As box by box', () => {
    // box 2: 45000, 67500, 10000 → a = 122500; box 3: 6471 (6471.0), 9707 (9706.5), 1438 → h = 17616
    const forms = [formA(50000, '2025-06-20'), formA(75000, '2025-06-25'), formA(11111, '2025-06-30')];
    expect(forms.map((f) => [f.box2, f.box3])).toEqual([
      [45000, 6471],
      [67500, 9707],
      [10000, 1438],
    ]);
    const b = buildLocumB({
      month: '2025-06',
      ratePercent: 9.8,
      formsA: forms,
      cumulativeBeforePence: 300000,
      c: 100,
      d: 0,
      e: 250,
      f: 0,
      sdNumber: 'SD 84123456',
    });
    expect(b).toMatchObject({
      a: 122500,
      b: 12005,
      c: 100,
      e: 250,
      g: 12355,
      h: 17616,
      i: 29971,
      j: 422500,
      deadline: '2025-07-07',
      paymentReference: '84123456LOCJUN2025',
    });
  });

  it('sums box 3 after rounding each line, not the rounded sum of the lines', () => {
    // Two lines of 9706.5p each round to 9707: h = 19414, where 14.38% of the total would be 19413.
    const b = buildLocumB({ month: '2025-06', ratePercent: 12.5, formsA: [formA(75000, '2025-06-25'), formA(75000, '2025-06-26')] });
    expect(b.h).toBe(19414);
  });

  it('refuses a rate that is not a tier of the month, listing the valid ones', () => {
    expect(() => buildLocumB({ month: '2025-06', ratePercent: 14.5, formsA: [] })).toThrow(
      /14.5% is not a tier rate for June 2025; the rates are 5.2%, 6.5%, 8.3%, 9.8%, 10.7%, 12.5%/,
    );
  });

  it('leaves out the reference when no SD number is given, and rejects a bad one', () => {
    expect(buildLocumB({ month: '2025-06', ratePercent: 12.5, formsA: [] })).not.toHaveProperty('paymentReference');
    expect(() => buildLocumB({ month: '2025-06', ratePercent: 12.5, formsA: [], sdNumber: '123' })).toThrow(/SD number/);
  });
});
