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
    [1000, '2027-04-01'],
    [1000, '01/05/2025'],
  ])('tierFor(%s, %s) throws', (pence, date) => {
    expect(() => tierFor(pence, date)).toThrow(PensionInputError);
  });
});
