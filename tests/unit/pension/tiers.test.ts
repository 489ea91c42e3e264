// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PensionInputError, ratesOn, tierFor } from '../../../lib/pension';
import { poundsToPence, PUBLISHED_TABLES } from './published-tables';

describe('tierFor at every published band edge', () => {
  for (const table of PUBLISHED_TABLES) {
    const step = table.unit === 'penny' ? 1 : 100;
    const edges = table.rows
      .slice(0, -1)
      .map(([upper, rate], i) => ({ upper: poundsToPence(upper!), rate, nextRate: table.rows[i + 1]![1] }));
    for (const date of table.dates) {
      it(`${table.name} on ${date}`, () => {
        for (const { upper, rate, nextRate } of edges) {
          expect(tierFor(upper, date).ratePercent, `${upper} pence`).toBe(rate);
          expect(tierFor(upper - step, date).ratePercent, `${upper - step} pence`).toBe(rate);
          expect(tierFor(upper + step, date).ratePercent, `${upper + step} pence`).toBe(nextRate);
          expect(tierFor(upper + step, date).fromPence).toBe(upper + step);
          expect(tierFor(upper, date).toPence).toBe(upper);
        }
        expect(tierFor(0, date).ratePercent).toBe(table.rows[0]![1]);
        expect(tierFor(100_000_000_00, date)).toMatchObject({ ratePercent: table.rows.at(-1)![1], toPence: null });
      });
    }
  }
});

describe('whole-pound truncation from 1 October 2022', () => {
  it('keeps £26,831.99 in the £13,260–£26,831 band of 2024/25', () => {
    expect(tierFor(2683199, '2024-10-01').ratePercent).toBe(6.5);
    expect(tierFor(2683200, '2024-10-01').ratePercent).toBe(8.3);
  });

  it('compares in pence before October 2022: £15,431.99 is tier 1 and £15,432.00 tier 2', () => {
    expect(tierFor(1543199, '2022-09-30').ratePercent).toBe(5.0);
    expect(tierFor(1543200, '2022-09-30').ratePercent).toBe(5.6);
  });

  it('changes table overnight on 1 October 2022', () => {
    expect(tierFor(1400000, '2022-09-30').ratePercent).toBe(5.0);
    expect(tierFor(1400000, '2022-10-01').ratePercent).toBe(5.7);
  });
});

describe('ratesOn', () => {
  it('lists the tick-box rates of the period', () => {
    expect(ratesOn('2021-05-01')).toEqual([5.0, 5.6, 7.1, 9.3, 12.5, 13.5, 14.5]);
    expect(ratesOn('2025-05-01')).toEqual([5.2, 6.5, 8.3, 9.8, 10.7, 12.5]);
  });
});

describe('tierFor rejects what it cannot look up', () => {
  it.each([
    [-1, '2025-05-01'],
    [100.5, '2025-05-01'],
    [Number.NaN, '2025-05-01'],
    [1000, '2015-03-31'],
    [1000, '01/05/2025'],
  ])('tierFor(%s, %s) throws', (pence, date) => {
    expect(() => tierFor(pence, date)).toThrow(PensionInputError);
  });
});

describe('2026/27 band edges, typed from pension-rules.md §1.2 Period F (not from the data file)', () => {
  // [top of band in pence, its rate, the next band's rate]
  const edges: Array<[number, number, number]> = [
    [13_259_00, 5.2, 6.5],
    [28_854_00, 6.5, 8.3],
    [35_155_00, 8.3, 9.8],
    [52_778_00, 9.8, 10.7],
    [67_668_00, 10.7, 12.5],
  ];
  it.each(edges)('£%s pence: 1p either side and £1 either side', (top, rate, next) => {
    for (const date of ['2026-04-01', '2026-06-01', '2027-03-31']) {
      expect(tierFor(top - 1, date).ratePercent).toBe(rate);
      expect(tierFor(top, date).ratePercent).toBe(rate);
      // Whole-pound bands: £X.01 is still £X once truncated (§1.4), so the next band starts at £X + 1.
      expect(tierFor(top + 1, date).ratePercent).toBe(rate);
      expect(tierFor(top + 99, date).ratePercent).toBe(rate);
      expect(tierFor(top + 100, date).ratePercent).toBe(next);
      expect(tierFor(top - 100, date).ratePercent).toBe(rate);
    }
  });

  it('puts £28,000 in the 6.5% band this year (8.3% under the 2025/26 table)', () => {
    expect(tierFor(2_800_000, '2026-06-01').ratePercent).toBe(6.5);
    expect(tierFor(2_800_000, '2025-06-01').ratePercent).toBe(8.3);
  });
});
