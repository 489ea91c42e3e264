// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as engine from '../../../lib/pension';

/** Every example in the README's engine section, so the documentation cannot drift from the code. */
describe('README examples', () => {
  it('hold for the one-line functions', () => {
    expect(engine.pensionablePay(123455)).toBe(111110);
    expect(engine.employerContribution(22500, '2025-05-30')).toBe(3236);
    expect(engine.ratePeriodOn('2026-05-01').status).toBe('provisional');
    expect(engine.tierFor(2683199, '2024-10-01')).toEqual({ ratePercent: 6.5, fromPence: 1326000, toPence: 2683100 });
    expect(engine.annualise(2000000, 100)).toBe(7300000);
    expect(engine.paymentReference('SD 12345678', '2025-08')).toBe('12345678LOCAUG2025');
    expect(engine.paymentReference('SD 12345678', '2025-08', { legacy: true })).toBe('12345678LOCAUG25');
    expect(engine.formBMonthFor('2024-03-28', '2024-04-10')).toBe('2024-03');
    expect(engine.tenWeekLimit('2024-02-20')).toBe('2024-04-30');
    expect(engine.formBDeadline('2025-12')).toBe('2026-01-07');
  });

  const formA = engine.buildLocumA({
    practice: { name: 'Riverside Medical Centre', odsCode: 'Y99901' },
    periods: [
      { from: '2025-05-05', to: '2025-05-07' },
      { from: '2025-05-12', to: '2025-05-12' },
    ],
    feePence: 120000,
    paidOn: '2025-05-30',
    workType: 'practice',
  });
  const formB = engine.buildLocumB({
    month: '2025-05',
    ratePercent: 12.5,
    formsA: [formA],
    cumulativeBeforePence: 300000,
    c: 0,
    d: 0,
    e: 0,
    f: 0,
    sdNumber: '12345678',
  });

  it('hold for buildLocumA and buildLocumB', () => {
    expect(formA).toMatchObject({
      box1: 120000,
      box2: 108000,
      box3: 15530,
      daysWorked: 4,
      firstDayWorked: '2025-05-05',
      lastDayWorked: '2025-05-12',
      month: '2025-05',
      ratePeriodId: '2025-26',
      employerRatePercent: 14.38,
    });
    expect(formB).toEqual({
      month: '2025-05',
      ratePercent: 12.5,
      a: 108000,
      b: 13500,
      c: 0,
      d: 0,
      e: 0,
      f: 0,
      g: 13500,
      h: 15530,
      i: 29030,
      j: 408000,
      deadline: '2025-06-07',
      paymentReference: '12345678LOCMAY2025',
    });
  });

  it('hold for adviseTier', () => {
    const advice = engine.adviseTier({
      date: '2021-06-01',
      locumPensionablePayPence: 2000000,
      locumDays: 80,
      otherRoles: [{ pensionablePayPence: 5000000, fullYear: true }],
    });
    expect(advice).toMatchObject({ annualisedPence: 7000000, ratePercent: 12.5, ratePeriodId: '2021-22' });
    expect(advice.steps.slice(1)).toEqual([
      'Pensionable pay from all practitioner work: locum £20,000.00 + other roles £50,000.00 = £70,000.00.',
      'Days of service: another practitioner role covers the whole year, so 365.',
      'Annualised pay: £70,000.00 × 365 ÷ 365 = £70,000.00.',
      '£70,000.00 falls in the band £47,846 to £70,630.99, so the tier is 12.5%.',
    ]);
  });

  it('hold for reconcileYear', () => {
    const result = engine.reconcileYear({
      formsB: [
        { month: '2025-04', a: 500000, ratePercent: 9.8 },
        { month: '2025-05', a: 500000, ratePercent: 9.8 },
      ],
      annualisedPence: 8000000,
    });
    expect(result).toMatchObject({ correctRatePercent: 12.5, totalDifferencePence: 27000, withinTolerance: false });
    expect(result.months[0]).toEqual({
      month: '2025-04',
      ratePercent: 9.8,
      correctRatePercent: 12.5,
      paidPence: 49000,
      duePence: 62500,
      differencePence: 13500,
    });
  });

  it('hold for checkForms', () => {
    const [first] = engine.checkForms({
      formsA: [formA],
      formB,
      receivedOn: '2025-08-20',
      dateOfBirth: '1984-06-12',
      chosenRatePercent: 12.5,
      advisedRatePercent: 12.5,
      sdNumber: 'SD12345678',
      niNumber: 'QQ123456C',
    });
    expect(first).toMatchObject({
      code: 'TEN_WEEK_EXCEEDED',
      severity: 'error',
      field: 'formsA[0].periods[0].to',
      source: 'https://www.wessexlmcs.com/promptcompletionofpensionforms',
    });
    expect(first!.message).toMatch(
      /^The 10-week rule: work at Riverside Medical Centre ending 07\/05\/2025 had to reach PCSE by 16\/07\/2025; received 20\/08\/2025, it can never be pensioned/,
    );
  });

  it('hold for the error message', () => {
    expect(() =>
      engine.buildLocumA({
        practice: { name: 'x', odsCode: 'Y99901' },
        periods: [{ from: '2025-05-09', to: '2025-05-07' }],
        feePence: -1,
        paidOn: '2025-05-30',
        workType: 'practice',
      }),
    ).toThrow(
      'buildLocumA: periods[0].to: the last day worked is before the first day worked; feePence: expected a whole number of pence, 0 or more (25000 is £250.00)',
    );
  });
});
