// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { employerContribution, pensionablePay, PensionInputError } from '../../../lib/pension';

describe('pensionablePay: 90% of the fee, half-up to the penny', () => {
  it.each([
    [25000, 22500], // £250.00 → £225.00
    [1, 1], // 0.9p → 1p
    [5, 5], // 4.5p → 5p (half up)
    [15, 14], // 13.5p → 14p
    [14, 13], // 12.6p → 13p
    [11, 10], // 9.9p → 10p
    [0, 0],
    [123457, 111111], // £1,234.57 × 0.9 = £1,111.113 → £1,111.11
    [123455, 111110], // 111109.5 → 111110
  ])('fee %i p → %i p', (fee, expected) => {
    expect(pensionablePay(fee)).toBe(expected);
  });

  it.each([[-1], [10.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s with a message about pence', (fee) => {
    expect(() => pensionablePay(fee)).toThrow(/whole number of pence/);
  });
});

describe('employerContribution: the rate of the payment date', () => {
  it('is 14.38% from 1 April 2017: £225.00 → £32.355 → £32.36 (half up)', () => {
    expect(employerContribution(22500, '2025-05-30')).toBe(3236);
  });

  it('is 14.3% when paid before 1 April 2017: £225.00 → £32.175 → £32.18', () => {
    expect(employerContribution(22500, '2017-03-31')).toBe(3218);
  });

  it('follows PCSE 2017: March 2017 work paid in April 2017 takes 14.38%', () => {
    expect(employerContribution(100000, '2017-04-03')).toBe(14380);
    expect(employerContribution(100000, '2017-03-30')).toBe(14300);
  });

  it('rounds an exact half-penny up: 14.38% of 125p = 17.975p → 18p', () => {
    expect(employerContribution(125, '2024-06-01')).toBe(18);
  });

  it('rounds below a half down: 14.38% of 1p = 0.1438p → 0p', () => {
    expect(employerContribution(1, '2024-06-01')).toBe(0);
  });

  it('throws for a payment date before the known periods, naming where they start', () => {
    expect(() => employerContribution(1000, '2015-03-31')).toThrow(PensionInputError);
    expect(() => employerContribution(1000, '2015-03-31')).toThrow(/from 01\/04\/2015/);
  });
});
