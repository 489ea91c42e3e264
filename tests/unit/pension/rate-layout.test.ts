import { describe, expect, it } from 'vitest';
import { enteredTableRows, nhsbsaRows, ratePeriodOn } from '../../../lib/pension';

describe("tier tables in NHSBSA's layout", () => {
  it('lays out 2026/27 as NHSBSA prints it: whole pounds, "Up to", "to" and "and above"', () => {
    expect(nhsbsaRows(ratePeriodOn('2026-06-01').tiers)).toEqual([
      { band: 'Up to £13,259', rate: '5.2%' },
      { band: '£13,260 to £28,854', rate: '6.5%' },
      { band: '£28,855 to £35,155', rate: '8.3%' },
      { band: '£35,156 to £52,778', rate: '9.8%' },
      { band: '£52,779 to £67,668', rate: '10.7%' },
      { band: '£67,669 and above', rate: '12.5%' },
    ]);
  });

  it('keeps the pence of a table banded to the penny (2015 to 2022)', () => {
    const rows = nhsbsaRows(ratePeriodOn('2016-06-01').tiers);
    expect(rows[0]).toEqual({ band: 'Up to £15,431.99', rate: '5%' });
    expect(rows[1]).toEqual({ band: '£15,432 to £21,477.99', rate: '5.6%' });
    expect(rows.at(-1)).toEqual({ band: '£111,377 and above', rate: '14.5%' });
  });

  it('lays out a typed table from the tops of bands 1 to 5, each next band starting £1 above', () => {
    const rows = enteredTableRows({
      bandTopsPounds: [13_650, 28_100, 34_250, 51_400, 65_900],
      ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
    });
    expect(rows.map((row) => row.band)).toEqual([
      'Up to £13,650',
      '£13,651 to £28,100',
      '£28,101 to £34,250',
      '£34,251 to £51,400',
      '£51,401 to £65,900',
      '£65,901 and above',
    ]);
  });
});
