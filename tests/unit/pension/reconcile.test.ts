// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reconcileYear } from '../../../lib/pension';

const year = (a: number, ratePercent: number, months: string[]) => months.map((month) => ({ month, a, ratePercent }));
const MONTHS_2025_26 = [
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
];

describe('reconcileYear', () => {
  it('finds what a locum owes after paying 9.8% all year when 12.5% was due', () => {
    // £5,000 a month: paid 9.8% = £490.00, due 12.5% = £625.00, £135.00 a month, £1,620.00 a year.
    const result = reconcileYear({ formsB: year(500000, 9.8, MONTHS_2025_26), annualisedPence: 8000000 });
    expect(result.correctRatePercent).toBe(12.5);
    expect(result.months[0]).toMatchObject({ month: '2025-04', paidPence: 49000, duePence: 62500, differencePence: 13500 });
    expect(result.totalDifferencePence).toBe(162000);
    expect(result.withinTolerance).toBe(false);
  });

  it('gives a negative difference when the locum overpaid', () => {
    const result = reconcileYear({ formsB: year(100000, 12.5, ['2024-05']), annualisedPence: 4000000 });
    expect(result.correctRatePercent).toBe(9.8);
    expect(result.totalDifferencePence).toBe(9800 - 12500);
  });

  it('treats a total under £1 either way as within tolerance, and £1 as not', () => {
    // £10 at 9.8% = 98p against 10.7% = 107p: 9p a month.
    expect(reconcileYear({ formsB: year(1000, 9.8, ['2025-04', '2025-05']), annualisedPence: 6000000 }).withinTolerance).toBe(true);
    // £100 at 9.8% = £9.80 against 10.7% = £10.70: 90p, then 180p over two months.
    expect(reconcileYear({ formsB: year(10000, 9.8, ['2025-04']), annualisedPence: 6000000 }).withinTolerance).toBe(true);
    expect(reconcileYear({ formsB: year(10000, 9.8, ['2025-04', '2025-05']), annualisedPence: 6000000 }).withinTolerance).toBe(false);
  });

  it('sorts months and refuses Form Bs from two scheme years', () => {
    expect(reconcileYear({ formsB: year(1000, 9.8, ['2025-06', '2025-04']), annualisedPence: 4000000 }).months.map((m) => m.month)).toEqual(
      ['2025-04', '2025-06'],
    );
    expect(() => reconcileYear({ formsB: year(1000, 9.8, ['2025-03', '2025-04']), annualisedPence: 4000000 })).toThrow(
      /more than one scheme year/,
    );
  });

  it('uses each half of 2022/23 with its own table', () => {
    // £71,000 annualised: 13.5% to 30 Sep 2022 (£70,631–£111,376.99), 12.5% from 1 Oct (£56,164–£72,030).
    const result = reconcileYear({
      formsB: [...year(10000, 13.5, ['2022-09']), ...year(10000, 13.5, ['2022-10'])],
      annualisedPence: 7100000,
    });
    expect(result.months.map((m) => m.correctRatePercent)).toEqual([13.5, 12.5]);
    expect(result.totalDifferencePence).toBe(-100);
  });

  it('needs at least one Form B', () => {
    expect(() => reconcileYear({ formsB: [], annualisedPence: 0 })).toThrow(/at least one Form B/);
  });
});
