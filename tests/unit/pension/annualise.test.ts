// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adviseTier, annualise, PensionInputError } from '../../../lib/pension';

describe('annualise: pay × 365 ÷ days, half-up', () => {
  it.each([
    [2000000, 365, 2000000],
    [2000000, 100, 7300000],
    [100, 3, 12167], // 12166.67 → 12167
    [1, 730, 1], // 0.5 → 1 (half up)
    [1, 731, 0],
  ])('annualise(%i, %i) = %i', (pay, days, expected) => {
    expect(annualise(pay, days)).toBe(expected);
  });

  it('refuses 0 days rather than dividing by zero', () => {
    expect(() => annualise(1000, 0)).toThrow(/at least 1/);
  });
});

describe('adviseTier: the NHSBSA Form B 2021/22 examples', () => {
  it('Dr C: salaried £50,000 all year + locum £20,000 → £70,000 → 12.5%, paying £8,750.00', () => {
    const advice = adviseTier({
      date: '2021-06-01',
      locumPensionablePayPence: 2000000,
      locumDays: 80,
      otherRoles: [{ pensionablePayPence: 5000000, fullYear: true }],
    });
    expect(advice.annualisedPence).toBe(7000000);
    expect(advice.ratePercent).toBe(12.5);
    expect((7000000 * advice.ratePercent) / 100).toBe(875000);
  });

  it('Dr B: locum only, £30,000 over 90 days → £121,666.67 annualised → 14.5%, paying £4,350.00', () => {
    const advice = adviseTier({ date: '2021-06-01', locumPensionablePayPence: 3000000, locumDays: 90 });
    expect(advice.annualisedPence).toBe(12166667);
    expect(advice.ratePercent).toBe(14.5);
    expect((3000000 * advice.ratePercent) / 100).toBe(435000);
  });
});

describe('adviseTier: days of service', () => {
  it('adds the days of part-year roles to locum days', () => {
    const advice = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 1000000,
      locumDays: 50,
      otherRoles: [{ pensionablePayPence: 1000000, days: 50 }],
    });
    expect(advice.annualisedPence).toBe(7300000); // £20,000 × 365 ÷ 100
    expect(advice.ratePercent).toBe(12.5);
  });

  it('caps days of service at 365', () => {
    const advice = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 3000000,
      locumDays: 300,
      otherRoles: [{ pensionablePayPence: 0, days: 200 }],
    });
    expect(advice.annualisedPence).toBe(3000000);
    expect(advice.steps.join(' ')).toContain('capped at 365');
  });

  it('refuses a year of pay with no days', () => {
    expect(() => adviseTier({ date: '2025-06-01', locumPensionablePayPence: 100000, locumDays: 0 })).toThrow(PensionInputError);
  });
});

describe('adviseTier: explains itself', () => {
  it('walks through pay, days, annualised figure and band in plain English, in £', () => {
    const { steps } = adviseTier({ date: '2024-09-01', locumPensionablePayPence: 1500000, locumDays: 150 });
    expect(steps).toEqual([
      expect.stringContaining('Scheme year 2024/25'),
      'Pensionable pay from locum work: £15,000.00.',
      expect.stringContaining('150 days worked as a locum'),
      'Annualised pay: £15,000.00 × 365 ÷ 150 = £36,500.00.',
      '£36,500.00 falls in the band £32,692 to £49,078, so the tier is 9.8%.',
    ]);
  });

  it('says when 2026/27 figures are provisional, and 2027/28 ones projected', () => {
    const { steps } = adviseTier({ date: '2026-05-01', locumPensionablePayPence: 1000000, locumDays: 200 });
    expect(steps.join(' ')).toMatch(/Provisional/);
    const next = adviseTier({ date: '2027-05-01', locumPensionablePayPence: 1000000, locumDays: 200 });
    expect(next.steps.join(' ')).toMatch(/Projected: nothing is published here for 2027\/28 yet/);
  });

  it('explains a 2025/26 rate that differs under the superseded CPI table', () => {
    // £50,000 annualised: SI 2025/821 table → 9.8% (£33,869–£50,845); CPI table → 10.7% (£49,914–£63,994).
    const { ratePercent, steps } = adviseTier({ date: '2025-05-01', locumPensionablePayPence: 5000000, locumDays: 365 });
    expect(ratePercent).toBe(9.8);
    expect(steps.join(' ')).toContain('superseded CPI table would have used 10.7%');
  });
});
