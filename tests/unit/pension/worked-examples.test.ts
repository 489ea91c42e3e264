/**
 * Worked examples for the pension rules engine, computed BY HAND from
 * the reference pension-rules.md and rates.json (never from the engine).
 *
 * Conventions (from the engine contract and pension-rules.md §9 item 13):
 *   - money is integer pence; every multiplication is rounded half-up to the penny
 *     on each Form A line, then summed;
 *   - "x.5 → up" means the exact product ended in exactly half a penny.
 * Section references (§) are to pension-rules.md.
 */
import { describe, it, expect } from 'vitest';
import {
  pensionablePay,
  employerContribution,
  ratePeriodOn,
  tierFor,
  annualise,
  paymentReference,
  formBMonthFor,
  tenWeekLimit,
  formBDeadline,
  buildLocumA,
  buildLocumB,
  adviseTier,
  reconcileYear,
  checkForms,
} from '../../../lib/pension';

type LocumAInput = Parameters<typeof buildLocumA>[0];
type WorkType = LocumAInput['workType'];
type Finding = ReturnType<typeof checkForms>[number];

const RIVERSIDE = { name: 'Riverside Medical Centre', odsCode: 'A12345' };
const HILLVIEW = { name: 'Hillview Surgery', odsCode: 'B23456' };
const OAKWOOD = { name: 'Oakwood Health Centre', odsCode: 'C34567' };

function formA(
  periods: Array<[string, string]>,
  feePence: number,
  paidOn: string,
  workType: WorkType = 'practice',
  practice: { name: string; odsCode: string } = RIVERSIDE,
) {
  return buildLocumA({
    practice,
    periods: periods.map(([from, to]) => ({ from, to })),
    feePence,
    paidOn,
    workType,
  });
}

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);
const find = (findings: Finding[], code: string): Finding | undefined => findings.find((f) => f.code === code);

// ---------------------------------------------------------------------------
describe('pensionablePay: 90% of the fee, half-up (§3.2)', () => {
  it('a £500.00 session gives £450.00 pensionable', () => {
    expect(pensionablePay(50000)).toBe(45000); // 50000 × 0.9 = 45000 exactly
  });

  it('a £785.45 fee lands on exactly half a penny and rounds up', () => {
    expect(pensionablePay(78545)).toBe(70691); // 78545 × 9 / 10 = 70690.5 → 70691
  });

  it('one penny either side of the half rounds to the nearest penny', () => {
    expect(pensionablePay(78544)).toBe(70690); // 70689.6 → 70690
    expect(pensionablePay(78546)).toBe(70691); // 70691.4 → 70691
  });

  it('£606.90 and £615.32 fees', () => {
    expect(pensionablePay(60690)).toBe(54621); // 60690 × 0.9 = 54621 exactly
    expect(pensionablePay(61532)).toBe(55379); // 55378.8 → 55379
  });
});

// ---------------------------------------------------------------------------
describe('employerContribution: 14.3% to 31 Mar 2017, then 14.38% by payment date (§2.2, §2.3)', () => {
  it('£675.00 pensionable paid 31 Mar 2017 at 14.3% lands on a half penny', () => {
    expect(employerContribution(67500, '2017-03-31')).toBe(9653); // 67500 × 143/1000 = 9652.5 → 9653
  });

  it('the same £675.00 paid 1 Apr 2017 is at 14.38% (payment date decides)', () => {
    expect(employerContribution(67500, '2017-04-01')).toBe(9707); // 67500 × 1438/10000 = 9706.5 → 9707
  });

  it('£225.00 pensionable in 2025/26: 14.38% is exactly half a penny', () => {
    expect(employerContribution(22500, '2025-06-30')).toBe(3236); // 22500 × 0.1438 = 3235.5 → 3236
  });

  it('just below and just above half a penny at 14.38%', () => {
    expect(employerContribution(54621, '2025-06-30')).toBe(7854); // 54621 × 1438 = 78,544,998 → 7854.4998 → 7854
    expect(employerContribution(55379, '2025-06-30')).toBe(7964); // 55379 × 1438 = 79,635,002 → 7963.5002 → 7964
  });

  it('2026/27 (provisional) still collects 14.38%', () => {
    expect(employerContribution(22500, '2026-04-01')).toBe(3236); // 3235.5 → 3236
  });
});

// ---------------------------------------------------------------------------
describe('ratePeriodOn: every 1 April is a boundary, plus 1 Oct 2022', () => {
  it('31 Mar 2017 is in 2016/17 at 14.3%', () => {
    const p = ratePeriodOn('2017-03-31');
    expect(p.from).toBe('2016-04-01');
    expect(p.to).toBe('2017-03-31');
    expect(p.employerRatePercent).toBe(14.3);
    expect(p.status).toBe('confirmed');
  });

  it('1 Apr 2017 starts 2017/18 at 14.38%', () => {
    const p = ratePeriodOn('2017-04-01');
    expect(p.from).toBe('2017-04-01');
    expect(p.to).toBe('2018-03-31');
    expect(p.employerRatePercent).toBe(14.38);
  });

  it('2022/23 is split at 30 Sep / 1 Oct 2022', () => {
    expect(ratePeriodOn('2022-09-30')).toMatchObject({ from: '2022-04-01', to: '2022-09-30' });
    expect(ratePeriodOn('2022-10-01')).toMatchObject({ from: '2022-10-01', to: '2023-03-31' });
  });

  it('29 Feb 2024 is in 2023/24', () => {
    expect(ratePeriodOn('2024-02-29')).toMatchObject({ from: '2023-04-01', to: '2024-03-31', status: 'confirmed' });
  });

  it('2026/27 is provisional, 14.38% assumed (§1.2 Period F, §2.2)', () => {
    expect(ratePeriodOn('2026-04-01')).toMatchObject({
      from: '2026-04-01',
      to: '2027-03-31',
      status: 'provisional',
      employerRatePercent: 14.38,
    });
  });
});

// ---------------------------------------------------------------------------
describe('tierFor: pence bounds before Oct 2022, whole-pound truncation after (§1.2, §1.4)', () => {
  it('2016/17: £15,431.99 is tier 1 (5.0%), £15,432.00 is tier 2 (5.6%)', () => {
    expect(tierFor(1543199, '2016-07-01')).toEqual({ ratePercent: 5.0, fromPence: 0, toPence: 1543199 });
    expect(tierFor(1543200, '2016-07-01')).toEqual({ ratePercent: 5.6, fromPence: 1543200, toPence: 2147799 });
  });

  it('2021/22: £47,845.99 is 9.3%, £47,846.00 is 12.5%', () => {
    expect(tierFor(4784599, '2021-10-01').ratePercent).toBe(9.3);
    expect(tierFor(4784600, '2021-10-01')).toEqual({ ratePercent: 12.5, fromPence: 4784600, toPence: 7063099 });
  });

  it('2019/20: £111,377.00 is the open-ended top tier, 14.5%', () => {
    expect(tierFor(11137700, '2019-04-01')).toEqual({ ratePercent: 14.5, fromPence: 11137700, toPence: null });
    expect(tierFor(11137699, '2019-04-01').ratePercent).toBe(13.5); // £111,376.99 ≤ upper bound of 13.5%
  });

  it('30 Sep 2022 still uses the 2015 table; 1 Oct 2022 uses the new one', () => {
    // £15,431.99: Period A → 5.0%; Period B → truncate to £15,431, in £13,247–£16,831 → 5.7%
    expect(tierFor(1543199, '2022-09-30').ratePercent).toBe(5.0);
    expect(tierFor(1543199, '2022-10-01')).toEqual({ ratePercent: 5.7, fromPence: 1324700, toPence: 1683100 });
  });

  it('Oct 2022: £13,246.99 truncates to £13,246 → 5.1%; £13,247.00 → 5.7%', () => {
    expect(tierFor(1324699, '2022-11-15')).toEqual({ ratePercent: 5.1, fromPence: 0, toPence: 1324600 });
    expect(tierFor(1324700, '2022-11-15').ratePercent).toBe(5.7);
  });

  it('2023/24 uses the retrospective SI 2023/576 table from 1 April 2023', () => {
    // £17,000: Period C 5.7% (£13,247–£17,673); Period B would have given 6.1%
    expect(tierFor(1700000, '2023-04-15').ratePercent).toBe(5.7);
    expect(tierFor(7563299, '2024-03-31').ratePercent).toBe(12.5); // £75,632 top of 12.5%
    expect(tierFor(7563300, '2024-03-31')).toEqual({ ratePercent: 13.5, fromPence: 7563300, toPence: null });
  });

  it('2024/25: £26,831.99 is 6.5% (truncated to £26,831); £26,832.00 is 8.3%', () => {
    expect(tierFor(2683199, '2024-12-01')).toEqual({ ratePercent: 6.5, fromPence: 1326000, toPence: 2683100 });
    expect(tierFor(2683200, '2024-12-01')).toEqual({ ratePercent: 8.3, fromPence: 2683200, toPence: 3269100 });
  });

  it('2025/26 uses E-final (SI 2025/821), not the superseded CPI table, even before Aug 2025', () => {
    // £27,500: E-final 6.5% (£13,260–£27,797); superseded CPI table would say 8.3% (£27,289–£33,247)
    expect(tierFor(2750000, '2025-05-01')).toEqual({ ratePercent: 6.5, fromPence: 1326000, toPence: 2779700 });
    expect(tierFor(2779799, '2025-05-01').ratePercent).toBe(6.5); // £27,797.99 → £27,797
    expect(tierFor(2779800, '2025-05-01').ratePercent).toBe(8.3);
  });

  it('2025/26 top edge: £65,190.99 is 10.7%, £65,191.00 is 12.5%', () => {
    expect(tierFor(6519099, '2026-03-31').ratePercent).toBe(10.7);
    expect(tierFor(6519100, '2026-03-31')).toEqual({ ratePercent: 12.5, fromPence: 6519100, toPence: null });
  });

  it('2026/27 holds the 2025/26 figures uprated by 3.8% CPI (provisional)', () => {
    expect(tierFor(5277899, '2026-06-01').ratePercent).toBe(9.8); // £52,778 top of 9.8%
    expect(tierFor(5277900, '2026-06-01').ratePercent).toBe(10.7);
  });

  it('2015/16: £25,000 is 7.1%', () => {
    expect(tierFor(2500000, '2015-04-01').ratePercent).toBe(7.1); // £21,478.00–£26,823.99
  });
});

// ---------------------------------------------------------------------------
describe('annualise: × 365 ÷ days, half-up (§5.1)', () => {
  it('a full year is unchanged', () => {
    expect(annualise(2000000, 365)).toBe(2000000);
  });

  it('Dr B: £30,000 over 96 days (2 days a week, 48 weeks)', () => {
    expect(annualise(3000000, 96)).toBe(11406250); // 3,000,000 × 365 / 96 = 11,406,250 exactly
  });

  it('exactly half a penny rounds up', () => {
    expect(annualise(3000001, 146)).toBe(7500003); // 365/146 = 2.5; 3,000,001 × 2.5 = 7,500,002.5 → 7,500,003
  });

  it('thirds round to the nearest penny', () => {
    expect(annualise(45001, 3)).toBe(5475122); // 16,425,365 / 3 = 5,475,121.67 → 5,475,122
    expect(annualise(45002, 3)).toBe(5475243); // 16,425,730 / 3 = 5,475,243.33 → 5,475,243
  });
});

// ---------------------------------------------------------------------------
describe('paymentReference (§7.1, §6.3)', () => {
  it('current 4-digit-year format from a bare 8-digit number', () => {
    expect(paymentReference('12345678', '2025-08')).toBe('12345678LOCAUG2025');
  });

  it('accepts SD prefix, with or without a space', () => {
    expect(paymentReference('SD12345678', '2026-01')).toBe('12345678LOCJAN2026');
    expect(paymentReference('SD 87654321', '2023-03')).toBe('87654321LOCMAR2023');
  });

  it('legacy 2-digit-year format (16 characters)', () => {
    const ref = paymentReference('SD 87654321', '2017-02', { legacy: true });
    expect(ref).toBe('87654321LOCFEB17');
    expect(ref).toHaveLength(16);
    expect(paymentReference('12345678', '2025-08', { legacy: true })).toBe('12345678LOCAUG25');
  });

  it('rejects 7 or 9 digits and the old "SD 00/123456" style, explaining the format', () => {
    expect(() => paymentReference('SD1234567', '2025-08')).toThrow(/SD/);
    expect(() => paymentReference('SD1234567', '2025-08')).toThrow(/8|eight/i);
    expect(() => paymentReference('123456789', '2025-08')).toThrow(/8|eight/i);
    expect(() => paymentReference('SD 00/123456', '2025-08')).toThrow();
  });
});

// ---------------------------------------------------------------------------
describe('formBMonthFor: month paid, except across a rate-period boundary (§4.3, §4.4)', () => {
  it('June work paid in July goes on the July Form B', () => {
    expect(formBMonthFor('2024-06-10', '2024-07-02')).toBe('2024-07');
  });

  it('January work paid in March, same scheme year: month paid', () => {
    expect(formBMonthFor('2025-01-20', '2025-03-03')).toBe('2025-03');
  });

  it('March work paid in April: the March Form B', () => {
    expect(formBMonthFor('2024-03-28', '2024-04-05')).toBe('2024-03');
    expect(formBMonthFor('2023-03-31', '2023-04-01')).toBe('2023-03');
    expect(formBMonthFor('2022-03-30', '2022-04-06')).toBe('2022-03');
  });

  it('March 2017 work paid April 2017: the March 2017 Form B', () => {
    expect(formBMonthFor('2017-03-20', '2017-04-10')).toBe('2017-03');
  });

  it('September 2022 work paid in October 2022: the September Form B', () => {
    expect(formBMonthFor('2022-09-29', '2022-10-04')).toBe('2022-09');
  });

  it('August 2022 work paid in September 2022 is the September Form B (same period)', () => {
    expect(formBMonthFor('2022-08-30', '2022-09-02')).toBe('2022-09');
  });

  it('October 2022 work paid in October 2022', () => {
    expect(formBMonthFor('2022-10-03', '2022-10-20')).toBe('2022-10');
  });

  it('March work paid very late (June) still belongs to March', () => {
    expect(formBMonthFor('2024-03-25', '2024-06-03')).toBe('2024-03');
  });
});

// ---------------------------------------------------------------------------
describe('tenWeekLimit: last day worked + 70 days (§4.2)', () => {
  it('across the leap day: 20 Feb 2024 → 30 Apr 2024', () => {
    // Feb 20→29: 9, +31 (Mar) = 40, +30 (Apr) = 70 → 30 Apr
    expect(tenWeekLimit('2024-02-20')).toBe('2024-04-30');
  });

  it('same date in a non-leap year: 20 Feb 2023 → 1 May 2023', () => {
    // Feb 20→28: 8, +31 = 39, +30 = 69, +1 = 70 → 1 May
    expect(tenWeekLimit('2023-02-20')).toBe('2023-05-01');
  });

  it('across a year end: 15 Dec 2025 → 23 Feb 2026', () => {
    // Dec 15→31: 16, +31 (Jan) = 47, +23 = 70
    expect(tenWeekLimit('2025-12-15')).toBe('2026-02-23');
  });

  it('from the day the clocks go back: 26 Oct 2025 → 4 Jan 2026', () => {
    // Oct 26→31: 5, +30 = 35, +31 = 66, +4 = 70
    expect(tenWeekLimit('2025-10-26')).toBe('2026-01-04');
  });

  it('across year end and a leap day: 30 Dec 2019 → 9 Mar 2020', () => {
    // Dec 30→31: 1, +31 = 32, +29 = 61, +9 = 70
    expect(tenWeekLimit('2019-12-30')).toBe('2020-03-09');
  });
});

// ---------------------------------------------------------------------------
describe('formBDeadline: the 7th of the following month (§4.1)', () => {
  it('August → 7 September', () => {
    expect(formBDeadline('2025-08')).toBe('2025-09-07');
  });

  it('December → 7 January of the next year', () => {
    expect(formBDeadline('2025-12')).toBe('2026-01-07');
  });

  it('January in a leap year → 7 February', () => {
    expect(formBDeadline('2024-01')).toBe('2024-02-07');
  });
});

// ---------------------------------------------------------------------------
describe('buildLocumA: one Form A in every scheme year 2015/16 to 2026/27', () => {
  const rows: Array<[string, Array<[string, string]>, string, number, number, number]> = [
    // label, periods, paidOn, fee, box2, box3
    // 165000 × 0.9 = 148500; × 14.3% = 21235.5 → 21236
    ['2015/16', [['2015-05-11', '2015-05-13']], '2015-05-29', 165000, 148500, 21236],
    // 78333 × 0.9 = 70499.7 → 70500; × 14.3% = 10081.5 → 10082
    ['2016/17', [['2016-11-21', '2016-11-21']], '2016-12-09', 78333, 70500, 10082],
    // 92750 × 0.9 = 83475; × 14.38% = 12003.705 → 12004
    ['2017/18', [['2017-09-04', '2017-09-05']], '2017-09-22', 92750, 83475, 12004],
    // 61245 × 0.9 = 55120.5 → 55121; × 14.38% = 7926.3998 → 7926
    ['2018/19', [['2018-07-16', '2018-07-16']], '2018-08-03', 61245, 55121, 7926],
    // 130000 × 0.9 = 117000; × 14.38% = 16824.6 → 16825
    ['2019/20', [['2019-10-07', '2019-10-08']], '2019-10-25', 130000, 117000, 16825],
    // 84735 × 0.9 = 76261.5 → 76262; × 14.38% = 10966.4756 → 10966
    ['2020/21', [['2020-06-15', '2020-06-15']], '2020-07-01', 84735, 76262, 10966],
    // 225000 × 0.9 = 202500; × 14.38% = 29119.5 → 29120
    ['2021/22', [['2021-11-01', '2021-11-03']], '2021-11-19', 225000, 202500, 29120],
    // 71499 × 0.9 = 64349.1 → 64349; × 14.38% = 9253.3862 → 9253
    ['2022/23 (Apr–Sep)', [['2022-05-09', '2022-05-09']], '2022-05-27', 71499, 64349, 9253],
    // 104566 × 0.9 = 94109.4 → 94109; × 14.38% = 13532.8742 → 13533
    ['2022/23 (Oct–Mar)', [['2022-10-10', '2022-10-11']], '2022-10-28', 104566, 94109, 13533],
    // 187525 × 0.9 = 168772.5 → 168773; × 14.38% = 24269.5574 → 24270
    ['2023/24', [['2024-01-08', '2024-01-10']], '2024-01-26', 187525, 168773, 24270],
    // 95000 × 0.9 = 85500; × 14.38% = 12294.9 → 12295
    ['2024/25', [['2024-05-13', '2024-05-13']], '2024-05-31', 95000, 85500, 12295],
    // 215000 × 0.9 = 193500; × 14.38% = 27825.3 → 27825
    [
      '2025/26',
      [
        ['2025-08-04', '2025-08-04'],
        ['2025-08-11', '2025-08-12'],
      ],
      '2025-08-29',
      215000,
      193500,
      27825,
    ],
    // 68895 × 0.9 = 62005.5 → 62006; × 14.38% = 8916.4628 → 8916
    ['2026/27', [['2026-04-20', '2026-04-20']], '2026-05-08', 68895, 62006, 8916],
  ];

  it.each(rows)('%s', (_label, periods, paidOn, fee, box2, box3) => {
    const a = formA(periods, fee, paidOn);
    expect(a.box1).toBe(fee);
    expect(a.box2).toBe(box2);
    expect(a.box3).toBe(box3);
  });
});

describe('buildLocumA: other details', () => {
  it('carries practice, dates and work type; counts days worked', () => {
    const a = formA(
      [
        ['2025-08-04', '2025-08-04'],
        ['2025-08-11', '2025-08-12'],
      ],
      215000,
      '2025-08-29',
      'practice',
      HILLVIEW,
    );
    expect(a.daysWorked).toBe(3); // 4 Aug + 11, 12 Aug
    expect(a.practice).toEqual(HILLVIEW);
    expect(a.paidOn).toBe('2025-08-29');
    expect(a.workType).toBe('practice');
    expect(a.periods).toEqual([
      { from: '2025-08-04', to: '2025-08-04' },
      { from: '2025-08-11', to: '2025-08-12' },
    ]);
  });

  it('counts 29 February when a period crosses it', () => {
    const a = formA([['2024-02-27', '2024-03-01']], 240000, '2024-03-15');
    expect(a.daysWorked).toBe(4); // 27, 28, 29 Feb, 1 Mar
  });

  it('counts a day in two overlapping periods once', () => {
    const a = formA(
      [
        ['2025-09-01', '2025-09-03'],
        ['2025-09-03', '2025-09-04'],
      ],
      200000,
      '2025-09-26',
    );
    expect(a.daysWorked).toBe(4); // 1, 2, 3, 4 Sep (3 Sep once)
  });

  it('March 2017 work paid in April 2017: box 3 at 14.38% (PCSE 2017)', () => {
    const a = formA([['2017-03-13', '2017-03-17']], 75000, '2017-04-03');
    expect(a.box2).toBe(67500); // 75000 × 0.9
    expect(a.box3).toBe(9707); // 67500 × 14.38% = 9706.5 → 9707
    expect(a.daysWorked).toBe(5);
  });

  it('March 2017 work paid in March 2017: box 3 at 14.3%', () => {
    const a = formA([['2017-03-13', '2017-03-17']], 75000, '2017-03-31');
    expect(a.box3).toBe(9653); // 67500 × 14.3% = 9652.5 → 9653
  });

  it('£606.90 and £615.32 fees land just either side of half a penny in box 3', () => {
    expect(formA([['2025-06-02', '2025-06-02']], 60690, '2025-06-20').box3).toBe(7854); // 54621 × 14.38% = 7854.4998
    expect(formA([['2025-06-03', '2025-06-03']], 61532, '2025-06-20').box3).toBe(7964); // 55379 × 14.38% = 7963.5002
  });
});

// ---------------------------------------------------------------------------
describe('buildLocumB: a realistic August 2025 Form B with three Form As (§6.2)', () => {
  // A1 Riverside: £1,575.00 → box2 141750 (exact); box3 141750 × 14.38% = 20383.65 → 20384
  const a1 = formA([['2025-07-07', '2025-07-09']], 157500, '2025-08-01', 'practice', RIVERSIDE);
  // A2 Hillview: £2,333.35 → box2 210001.5 → 210002; box3 210002 × 14.38% = 30198.2876 → 30198
  const a2 = formA(
    [
      ['2025-07-14', '2025-07-14'],
      ['2025-07-21', '2025-07-22'],
    ],
    233335,
    '2025-08-12',
    'practice',
    HILLVIEW,
  );
  // A3 Oakwood: £987.60 → box2 88884 (exact); box3 88884 × 14.38% = 12781.5192 → 12782
  const a3 = formA([['2025-08-04', '2025-08-05']], 98760, '2025-08-28', 'practice', OAKWOOD);

  it('Form As are as computed', () => {
    expect([a1.box2, a2.box2, a3.box2]).toEqual([141750, 210002, 88884]);
    expect([a1.box3, a2.box3, a3.box3]).toEqual([20384, 30198, 12782]);
  });

  it('boxes a to j', () => {
    const b = buildLocumB({
      month: '2025-08',
      ratePercent: 12.5,
      formsA: [a1, a2, a3],
      cumulativeBeforePence: 2186550, // April–July 2025 box a total, £21,865.50
      d: 5000, // £50 MPAVC
      sdNumber: 'SD 12345678',
    });
    expect(b.month).toBe('2025-08');
    expect(b.a).toBe(440636); // 141750 + 210002 + 88884
    expect(b.b).toBe(55080); // 440636 × 12.5% = 55079.5 → 55080
    expect(b.c).toBe(0);
    expect(b.d).toBe(5000);
    expect(b.e).toBe(0);
    expect(b.f).toBe(0);
    expect(b.g).toBe(60080); // 55080 + 0 + 5000 + 0 + 0
    // sum of rounded box 3 = 20384 + 30198 + 12782 = 63364
    // (rounding the total instead would give 440636 × 14.38% = 63363.4568 → 63363: wrong)
    expect(b.h).toBe(63364);
    expect(b.i).toBe(123444); // 60080 + 63364
    expect(b.j).toBe(2627186); // 2186550 + 440636
    expect(b.paymentReference).toBe('12345678LOCAUG2025');
  });

  it('without optional boxes: c–f are zero and j equals a', () => {
    const b = buildLocumB({ month: '2025-08', ratePercent: 12.5, formsA: [a1] });
    expect(b.a).toBe(141750);
    expect(b.b).toBe(17719); // 141750 × 12.5% = 17718.75 → 17719
    expect([b.c, b.d, b.e, b.f]).toEqual([0, 0, 0, 0]);
    expect(b.g).toBe(17719);
    expect(b.h).toBe(20384);
    expect(b.i).toBe(38103); // 17719 + 20384
    expect(b.j).toBe(141750);
  });

  it('rejects a rate that is not a tier of the month’s period', () => {
    expect(() => buildLocumB({ month: '2025-08', ratePercent: 14.5, formsA: [a1] })).toThrow(); // no 14.5% after Sep 2022
    expect(() => buildLocumB({ month: '2025-08', ratePercent: 9.3, formsA: [a1] })).toThrow(); // 2015 table rate
  });
});

describe('buildLocumB: rates must match the month’s period', () => {
  it('September 2022 accepts 5.0%; October 2022 does not', () => {
    const sep = formA([['2022-09-05', '2022-09-05']], 50000, '2022-09-23');
    const oct = formA([['2022-10-03', '2022-10-03']], 50000, '2022-10-21');
    const b = buildLocumB({ month: '2022-09', ratePercent: 5.0, formsA: [sep] });
    expect(b.a).toBe(45000);
    expect(b.b).toBe(2250); // 45000 × 5% = 2250
    expect(b.h).toBe(6471); // 45000 × 14.38% = 6471 exactly
    expect(() => buildLocumB({ month: '2022-10', ratePercent: 5.0, formsA: [oct] })).toThrow();
  });

  it('2021/22 rejects 9.8% (a post-Oct-2022 rate)', () => {
    const f = formA([['2021-08-02', '2021-08-02']], 50000, '2021-08-20');
    expect(() => buildLocumB({ month: '2021-08', ratePercent: 9.8, formsA: [f] })).toThrow();
  });

  it('Dr B style month at 14.5% (2021/22)', () => {
    // £2,777.78 fee → 277778 × 0.9 = 250000.2 → 250000; 250000 × 14.5% = 36250; box3 250000 × 14.38% = 35950
    const f = formA(
      [
        ['2021-11-01', '2021-11-05'],
        ['2021-11-08', '2021-11-10'],
      ],
      277778,
      '2021-11-26',
    );
    const b = buildLocumB({ month: '2021-11', ratePercent: 14.5, formsA: [f], sdNumber: '12345678' });
    expect(b.a).toBe(250000);
    expect(b.b).toBe(36250);
    expect(b.h).toBe(35950);
    expect(b.i).toBe(72200);
    expect(b.paymentReference).toBe('12345678LOCNOV2021');
  });
});

// ---------------------------------------------------------------------------
describe('adviseTier (§5.1, §5.2, §5.4)', () => {
  it('NHSBSA Form B 2021/22 Dr C: £50,000 salaried all year + £20,000 locum → £70,000 → 12.5%', () => {
    const r = adviseTier({
      date: '2021-10-01',
      locumPensionablePayPence: 2000000,
      locumDays: 60,
      otherRoles: [{ pensionablePayPence: 5000000, fullYear: true }],
    });
    expect(r.annualisedPence).toBe(7000000); // 7,000,000 × 365 / 365
    expect(r.ratePercent).toBe(12.5); // £47,846.00–£70,630.99
    // Dr C pays £8,750.00 = 7,000,000 × 12.5% = 875,000 pence
    expect(r.steps.length).toBeGreaterThan(0);
    for (const s of r.steps) expect(typeof s).toBe('string');
  });

  it('NHSBSA Form B 2021/22 Dr B: £30,000 locum over 96 days → 14.5%', () => {
    const r = adviseTier({ date: '2021-06-01', locumPensionablePayPence: 3000000, locumDays: 96 });
    expect(r.annualisedPence).toBe(11406250); // 3,000,000 × 365 / 96
    expect(r.ratePercent).toBe(14.5); // ≥ £111,377.00
  });

  it('2025/26 locum + OOH contract with counted days', () => {
    const r = adviseTier({
      date: '2025-11-01',
      locumPensionablePayPence: 1800000,
      locumDays: 100,
      otherRoles: [{ pensionablePayPence: 600000, days: 30 }],
    });
    expect(r.annualisedPence).toBe(6738462); // 2,400,000 × 365 / 130 = 6,738,461.54 → 6,738,462
    expect(r.ratePercent).toBe(12.5); // £67,384 ≥ £65,191
  });

  it('days are capped at 365', () => {
    const r = adviseTier({
      date: '2025-11-01',
      locumPensionablePayPence: 3000000,
      locumDays: 300,
      otherRoles: [{ pensionablePayPence: 1000000, days: 100 }],
    });
    expect(r.annualisedPence).toBe(4000000); // 400 days → 365; 4,000,000 × 365/365
    expect(r.ratePercent).toBe(9.8); // £33,869–£50,845
  });

  it('2022/23: the same £71,000 annualised is 13.5% before 1 Oct 2022 and 12.5% after', () => {
    const before = adviseTier({ date: '2022-08-01', locumPensionablePayPence: 1420000, locumDays: 73 });
    const after = adviseTier({ date: '2022-11-01', locumPensionablePayPence: 1420000, locumDays: 73 });
    expect(before.annualisedPence).toBe(7100000); // 1,420,000 × 365 / 73 = 1,420,000 × 5
    expect(before.ratePercent).toBe(13.5); // Period A: ≥ £70,631.00
    expect(after.annualisedPence).toBe(7100000);
    expect(after.ratePercent).toBe(12.5); // Period B: £56,164–£72,030
  });

  it('a low-earning 2023/24 locum', () => {
    const r = adviseTier({ date: '2023-09-01', locumPensionablePayPence: 500000, locumDays: 150 });
    expect(r.annualisedPence).toBe(1216667); // 182,500,000 / 150 = 1,216,666.67 → 1,216,667
    expect(r.ratePercent).toBe(5.1); // £12,166 ≤ £13,246
  });
});

// ---------------------------------------------------------------------------
describe('reconcileYear (§5.5)', () => {
  it('2024/25 locum paid 9.8% all year but annualised pay puts them at 12.5%', () => {
    // total a = 4,169,395 over 150 days → × 365 / 150 = 10,145,527.83 → 10,145,528 (≥ £62,925 → 12.5%)
    const months: Array<[string, number, number, number]> = [
      // month, a, paid (9.8%), due (12.5%)
      ['2024-04', 381825, 37419, 47728], // 37418.850 / 47728.125
      ['2024-05', 412204, 40396, 51526], // 40395.992 / 51525.500 (half → up)
      ['2024-06', 297005, 29106, 37126], // 29106.490 / 37125.625
      ['2024-07', 455560, 44645, 56945], // 44644.880 / 56945.000
      ['2024-09', 398754, 39078, 49844], // 39077.892 / 49844.250
      ['2024-10', 420000, 41160, 52500], // exact
      ['2024-11', 366669, 35934, 45834], // 35933.562 / 45833.625
      ['2024-12', 215100, 21080, 26888], // 21079.800 / 26887.500 (half → up)
      ['2025-01', 402305, 39426, 50288], // 39425.890 / 50288.125
      ['2025-02', 388800, 38102, 48600], // 38102.400 / 48600.000
      ['2025-03', 431173, 42255, 53897], // 42254.954 / 53896.625
    ];
    const r = reconcileYear({
      formsB: months.map(([month, a]) => ({ month, a, ratePercent: 9.8 })),
      annualisedPence: 10145528,
    });
    expect(r.correctRatePercent).toBe(12.5);
    // toMatchObject: the contract promises at least these fields per month
    expect(r.months).toMatchObject(
      months.map(([month, , paid, due]) => ({ month, paidPence: paid, duePence: due, differencePence: due - paid })),
    );
    // Σ paid = 408,601; Σ due = 521,176; owes £1,125.75
    expect(r.totalDifferencePence).toBe(112575);
    expect(r.withinTolerance).toBe(false);
  });

  it('2025/26: 9.8% then 12.5%, should have been 10.7%: nets to 44p overpaid, within £1', () => {
    // total a = 1,807,266 over 110 days → 5,996,837.18 → 5,996,837 (£59,968 → 10.7%)
    const months: Array<[string, number, number, number, number]> = [
      // month, a, rate paid, paid, due (10.7%)
      ['2025-04', 205650, 9.8, 20154, 22005], // 20153.700 / 22004.550
      ['2025-05', 198765, 9.8, 19479, 21268], // 19478.970 / 21267.855
      ['2025-06', 210015, 9.8, 20581, 22472], // 20581.470 / 22471.605
      ['2025-07', 187425, 9.8, 18368, 20054], // 18367.650 / 20054.475
      ['2025-08', 199998, 9.8, 19600, 21400], // 19599.804 / 21399.786
      ['2025-09', 201357, 9.8, 19733, 21545], // 19732.986 / 21545.199
      ['2025-10', 206111, 12.5, 25764, 22054], // 25763.875 / 22053.877
      ['2025-11', 194445, 12.5, 24306, 20806], // 24305.625 / 20805.615
      ['2025-12', 148500, 12.5, 18563, 15890], // 18562.500 (half → up) / 15889.500 (half → up)
      ['2026-02', 55000, 12.5, 6875, 5885], // exact
    ];
    const r = reconcileYear({
      formsB: months.map(([month, a, ratePercent]) => ({ month, a, ratePercent })),
      annualisedPence: 5996837,
    });
    expect(r.correctRatePercent).toBe(10.7);
    expect(r.months.map((m) => m.differencePence)).toEqual(months.map(([, , , paid, due]) => due - paid));
    // +1851 +1789 +1891 +1686 +1800 +1812 = +10,829; −3710 −3500 −2673 −990 = −10,873; net −44
    expect(r.totalDifferencePence).toBe(-44);
    expect(r.withinTolerance).toBe(true);
  });

  it('the £1 tolerance edge: 99p is within, £1.00 is not', () => {
    // a = 11,000: due 10.7% = 1177, paid 9.8% = 1078 → +99
    const r99 = reconcileYear({ formsB: [{ month: '2025-06', a: 11000, ratePercent: 9.8 }], annualisedPence: 6000000 });
    expect(r99.correctRatePercent).toBe(10.7);
    expect(r99.totalDifferencePence).toBe(99);
    expect(r99.withinTolerance).toBe(true);
    // a = 11,111: due 1188.877 → 1189, paid 1088.878 → 1089 → +100
    const r100 = reconcileYear({ formsB: [{ month: '2025-06', a: 11111, ratePercent: 9.8 }], annualisedPence: 6000000 });
    expect(r100.totalDifferencePence).toBe(100);
    expect(r100.withinTolerance).toBe(false);
    // overpaid the other way: paid 10.7%, correct 9.8% (£40,000) → −100
    const rNeg = reconcileYear({ formsB: [{ month: '2025-06', a: 11111, ratePercent: 10.7 }], annualisedPence: 4000000 });
    expect(rNeg.correctRatePercent).toBe(9.8);
    expect(rNeg.totalDifferencePence).toBe(-100);
    expect(rNeg.withinTolerance).toBe(false);
  });

  it('Dr C paid 5.6% on £20,000 of locum pay, thinking locum pay alone set the tier', () => {
    // £70,000 all-GP pay → 12.5%. 4 × 500,000: paid 28,000 (5.6%), due 62,500 (12.5%), diff 34,500 each
    const r = reconcileYear({
      formsB: ['2021-05', '2021-08', '2021-11', '2022-02'].map((month) => ({ month, a: 500000, ratePercent: 5.6 })),
      annualisedPence: 7000000,
    });
    expect(r.correctRatePercent).toBe(12.5);
    expect(r.months.map((m) => m.duePence)).toEqual([62500, 62500, 62500, 62500]);
    // locum due 250,000 (£2,500); with £6,250 on the salaried £50,000 → Dr C's £8,750.00 total
    expect(r.months.reduce((s, m) => s + m.duePence, 0)).toBe(250000);
    expect(r.totalDifferencePence).toBe(138000); // owes £1,380.00
    expect(r.withinTolerance).toBe(false);
  });

  it('Dr B paid 14.5% all year on £30,000: £4,350.00, nothing to correct', () => {
    const months = [
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
    ];
    const r = reconcileYear({
      formsB: months.map((month) => ({ month, a: 250000, ratePercent: 14.5 })),
      annualisedPence: 11406250,
    });
    expect(r.correctRatePercent).toBe(14.5);
    expect(r.months.reduce((s, m) => s + m.paidPence, 0)).toBe(435000); // 12 × 36,250 = £4,350.00
    expect(r.totalDifferencePence).toBe(0);
    expect(r.withinTolerance).toBe(true);
  });
});

// ---------------------------------------------------------------------------
describe('checkForms: ten-week rule (§4.2)', () => {
  it('received 20 Aug 2025 for work ending 6 Jun 2025: more than 70 days → error', () => {
    // 6 Jun + 70 = 15 Aug; 20 Aug is 75 days after
    const findings = checkForms({ formsA: [formA([['2025-06-02', '2025-06-06']], 250000, '2025-06-27')], receivedOn: '2025-08-20' });
    expect(codes(findings)).toContain('TEN_WEEK_EXCEEDED');
    const f = find(findings, 'TEN_WEEK_EXCEEDED');
    expect(f?.severity).toBe('error');
    expect(f?.message.length).toBeGreaterThan(10);
    for (const x of findings) expect(x.source).toMatch(/^https?:\/\//);
  });

  it('received on day 70 exactly: no error and no first-day warning for a one-day period', () => {
    const findings = checkForms({ formsA: [formA([['2025-06-06', '2025-06-06']], 60000, '2025-06-27')], receivedOn: '2025-08-15' });
    expect(codes(findings)).not.toContain('TEN_WEEK_EXCEEDED');
    expect(codes(findings)).not.toContain('TEN_WEEK_FIRST_DAY');
  });

  it('received on day 71 → error', () => {
    const findings = checkForms({ formsA: [formA([['2025-06-06', '2025-06-06']], 60000, '2025-06-27')], receivedOn: '2025-08-16' });
    expect(codes(findings)).toContain('TEN_WEEK_EXCEEDED');
  });

  it('first day more than 70 days ago but last day within: warning only', () => {
    // first 2 Jun + 70 = 11 Aug < 15 Aug → warning; last 20 Jun + 70 = 29 Aug ≥ 15 Aug → no error
    const findings = checkForms({ formsA: [formA([['2025-06-02', '2025-06-20']], 900000, '2025-07-04')], receivedOn: '2025-08-15' });
    expect(codes(findings)).toContain('TEN_WEEK_FIRST_DAY');
    expect(find(findings, 'TEN_WEEK_FIRST_DAY')?.severity).toBe('warning');
    expect(codes(findings)).not.toContain('TEN_WEEK_EXCEEDED');
  });

  it('each period on a Form A counts separately', () => {
    // 2 Jun + 70 = 11 Aug < 31 Aug → the June period is out of time, even though 11 Aug is not
    const findings = checkForms({
      formsA: [
        formA(
          [
            ['2025-06-02', '2025-06-02'],
            ['2025-08-11', '2025-08-11'],
          ],
          120000,
          '2025-08-29',
        ),
      ],
      receivedOn: '2025-08-31',
    });
    expect(codes(findings)).toContain('TEN_WEEK_EXCEEDED');
  });

  it('across the leap day: last day 20 Feb 2024 received 30 Apr 2024 is in time, 1 May is not', () => {
    const a = formA([['2024-02-20', '2024-02-20']], 70000, '2024-03-08');
    expect(codes(checkForms({ formsA: [a], receivedOn: '2024-04-30' }))).not.toContain('TEN_WEEK_EXCEEDED');
    expect(codes(checkForms({ formsA: [a], receivedOn: '2024-05-01' }))).toContain('TEN_WEEK_EXCEEDED');
  });

  it('suspended: received 1 Jun 2021 for work on 4 Jan 2021 → no error', () => {
    const findings = checkForms({ formsA: [formA([['2021-01-04', '2021-01-04']], 65000, '2021-01-29')], receivedOn: '2021-06-01' });
    expect(codes(findings)).not.toContain('TEN_WEEK_EXCEEDED');
  });

  it('suspended: no first-day warning either (the whole 10-week window was removed)', () => {
    const findings = checkForms({ formsA: [formA([['2021-01-04', '2021-01-08']], 325000, '2021-01-29')], receivedOn: '2021-06-01' });
    expect(codes(findings)).not.toContain('TEN_WEEK_FIRST_DAY');
  });

  it('suspension edges: received 30 Sep 2022 exempt; 1 Oct 2022 and 31 Mar 2020 not', () => {
    const jul22 = formA([['2022-07-01', '2022-07-01']], 70000, '2022-07-22'); // + 70 = 9 Sep 2022
    expect(codes(checkForms({ formsA: [jul22], receivedOn: '2022-09-30' }))).not.toContain('TEN_WEEK_EXCEEDED');
    expect(codes(checkForms({ formsA: [jul22], receivedOn: '2022-10-01' }))).toContain('TEN_WEEK_EXCEEDED');
    const jan20 = formA([['2020-01-02', '2020-01-02']], 70000, '2020-01-24'); // + 70 = 12 Mar 2020
    expect(codes(checkForms({ formsA: [jan20], receivedOn: '2020-03-31' }))).toContain('TEN_WEEK_EXCEEDED');
  });
});

describe('checkForms: what may go on Forms A/B (§3.3, §4.4, §8)', () => {
  it('a Form A period spanning 31 Mar / 1 Apr 2024 → error', () => {
    const findings = checkForms({ formsA: [formA([['2024-03-28', '2024-04-02']], 300000, '2024-04-12')], receivedOn: '2024-04-20' });
    expect(codes(findings)).toContain('SPANS_RATE_PERIODS');
    expect(find(findings, 'SPANS_RATE_PERIODS')?.severity).toBe('error');
  });

  it('a Form A with one March and one April period → error', () => {
    const findings = checkForms({
      formsA: [
        formA(
          [
            ['2025-03-31', '2025-03-31'],
            ['2025-04-01', '2025-04-01'],
          ],
          140000,
          '2025-04-11',
        ),
      ],
      receivedOn: '2025-04-20',
    });
    expect(codes(findings)).toContain('SPANS_RATE_PERIODS');
  });

  it('a Form A spanning 30 Sep / 1 Oct 2022 → error', () => {
    const findings = checkForms({ formsA: [formA([['2022-09-29', '2022-10-03']], 250000, '2022-10-14')], receivedOn: '2022-10-20' });
    expect(codes(findings)).toContain('SPANS_RATE_PERIODS');
  });

  it('a Form A across 29 Feb (same scheme year) does not span', () => {
    const findings = checkForms({ formsA: [formA([['2024-02-27', '2024-03-01']], 240000, '2024-03-15')], receivedOn: '2024-03-20' });
    expect(codes(findings)).not.toContain('SPANS_RATE_PERIODS');
  });

  it.each(['ooh', 'icb', 'private', 'agency', 'limitedCompany'] as const)('%s work is not pensionable on A/B', (workType) => {
    const findings = checkForms({
      formsA: [formA([['2025-08-04', '2025-08-04']], 80000, '2025-08-22', workType)],
      receivedOn: '2025-08-30',
    });
    expect(codes(findings)).toContain('NOT_PENSIONABLE_WORK');
    expect(find(findings, 'NOT_PENSIONABLE_WORK')?.severity).toBe('error');
  });

  it.each(['practice', 'appraisal'] as const)('%s work is pensionable on A/B', (workType) => {
    const findings = checkForms({
      formsA: [formA([['2025-08-04', '2025-08-04']], 80000, '2025-08-22', workType)],
      receivedOn: '2025-08-30',
    });
    expect(codes(findings)).not.toContain('NOT_PENSIONABLE_WORK');
  });

  it('work on the 75th birthday → error; the day before → none (§8)', () => {
    const dob = '1950-08-15';
    const onBirthday = formA([['2025-08-15', '2025-08-15']], 80000, '2025-08-22');
    const dayBefore = formA([['2025-08-14', '2025-08-14']], 80000, '2025-08-22');
    const f1 = checkForms({ formsA: [onBirthday], receivedOn: '2025-08-29', dateOfBirth: dob });
    expect(codes(f1)).toContain('OVER_75');
    expect(find(f1, 'OVER_75')?.severity).toBe('error');
    expect(codes(checkForms({ formsA: [dayBefore], receivedOn: '2025-08-29', dateOfBirth: dob }))).not.toContain('OVER_75');
  });

  it('work dated after the form is received → error', () => {
    const findings = checkForms({ formsA: [formA([['2025-09-10', '2025-09-12']], 240000, '2025-09-01')], receivedOn: '2025-09-05' });
    expect(codes(findings)).toContain('FUTURE_WORK');
    expect(find(findings, 'FUTURE_WORK')?.severity).toBe('error');
  });

  it('2026/27 appraisal over 4 days → error; 3 days → none (§3.3)', () => {
    const four = formA([['2026-05-05', '2026-05-08']], 200000, '2026-05-29', 'appraisal', { name: 'NHS England', odsCode: 'X24' });
    const three = formA([['2026-05-05', '2026-05-07']], 150000, '2026-05-29', 'appraisal', { name: 'NHS England', odsCode: 'X24' });
    const f4 = checkForms({ formsA: [four], receivedOn: '2026-06-03' });
    expect(codes(f4)).toContain('APPRAISAL_OVER_3_DAYS');
    expect(find(f4, 'APPRAISAL_OVER_3_DAYS')?.severity).toBe('error');
    expect(codes(checkForms({ formsA: [three], receivedOn: '2026-06-03' }))).not.toContain('APPRAISAL_OVER_3_DAYS');
  });

  it('a 4-day appraisal in 2025/26 is not caught by the 2026/27 rule', () => {
    const four = formA([['2025-05-05', '2025-05-08']], 200000, '2025-05-29', 'appraisal', { name: 'NHS England', odsCode: 'X24' });
    expect(codes(checkForms({ formsA: [four], receivedOn: '2025-06-03' }))).not.toContain('APPRAISAL_OVER_3_DAYS');
  });

  it('more than six months at one practice → warning (§3.4)', () => {
    // long-term cover at Riverside, 6 May 2025 to 12 Dec 2025 (7+ months)
    const months: Array<[string, string, string]> = [
      ['2025-05-06', '2025-05-16', '2025-05-30'],
      ['2025-06-02', '2025-06-13', '2025-06-27'],
      ['2025-07-01', '2025-07-11', '2025-07-25'],
      ['2025-08-04', '2025-08-15', '2025-08-29'],
      ['2025-09-01', '2025-09-12', '2025-09-26'],
      ['2025-10-01', '2025-10-10', '2025-10-24'],
      ['2025-11-03', '2025-11-14', '2025-11-28'],
      ['2025-12-01', '2025-12-12', '2025-12-19'],
    ];
    const forms = months.map(([from, to, paid]) => formA([[from, to]], 540000, paid));
    const findings = checkForms({ formsA: forms, receivedOn: '2025-12-22' });
    expect(codes(findings)).toContain('SIX_MONTHS_ONE_PRACTICE');
    expect(find(findings, 'SIX_MONTHS_ONE_PRACTICE')?.severity).toBe('warning');
  });

  it('three months at one practice: no six-month warning', () => {
    const forms = [
      formA([['2025-06-02', '2025-06-13']], 540000, '2025-06-27'),
      formA([['2025-07-01', '2025-07-11']], 540000, '2025-07-25'),
      formA([['2025-08-04', '2025-08-15']], 540000, '2025-08-29'),
    ];
    expect(codes(checkForms({ formsA: forms, receivedOn: '2025-09-03' }))).not.toContain('SIX_MONTHS_ONE_PRACTICE');
  });

  it('2026/27 work is flagged as using provisional figures; 2025/26 is not', () => {
    const f26 = checkForms({ formsA: [formA([['2026-04-20', '2026-04-20']], 68895, '2026-05-08')], receivedOn: '2026-05-15' });
    expect(codes(f26)).toContain('PROVISIONAL_RATES');
    expect(find(f26, 'PROVISIONAL_RATES')?.severity).toBe('info');
    const f25 = checkForms({ formsA: [formA([['2025-04-22', '2025-04-22']], 68895, '2025-05-09')], receivedOn: '2025-05-15' });
    expect(codes(f25)).not.toContain('PROVISIONAL_RATES');
  });
});

describe('checkForms: Form B deadline, tier and identifiers', () => {
  const aug = formA([['2025-07-07', '2025-07-09']], 157500, '2025-08-01');
  const formBAug = buildLocumB({ month: '2025-08', ratePercent: 12.5, formsA: [aug] });

  it('August Form B received 8 September → late warning', () => {
    const findings = checkForms({ formsA: [aug], formB: formBAug, receivedOn: '2025-09-08' });
    expect(codes(findings)).toContain('FORM_B_LATE');
    expect(find(findings, 'FORM_B_LATE')?.severity).toBe('warning');
  });

  it('August Form B received on 7 September is on time', () => {
    expect(codes(checkForms({ formsA: [aug], formB: formBAug, receivedOn: '2025-09-07' }))).not.toContain('FORM_B_LATE');
  });

  it('December Form B: 7 January on time, 8 January late', () => {
    const dec = formA([['2025-12-01', '2025-12-03']], 210000, '2025-12-19');
    const formBDec = buildLocumB({ month: '2025-12', ratePercent: 12.5, formsA: [dec] });
    expect(codes(checkForms({ formsA: [dec], formB: formBDec, receivedOn: '2026-01-07' }))).not.toContain('FORM_B_LATE');
    expect(codes(checkForms({ formsA: [dec], formB: formBDec, receivedOn: '2026-01-08' }))).toContain('FORM_B_LATE');
  });

  it('chosen 9.8% but advised 12.5% → warning; matching → none', () => {
    const mismatch = checkForms({ formsA: [aug], receivedOn: '2025-08-20', chosenRatePercent: 9.8, advisedRatePercent: 12.5 });
    expect(codes(mismatch)).toContain('TIER_MISMATCH');
    expect(find(mismatch, 'TIER_MISMATCH')?.severity).toBe('warning');
    const same = checkForms({ formsA: [aug], receivedOn: '2025-08-20', chosenRatePercent: 12.5, advisedRatePercent: 12.5 });
    expect(codes(same)).not.toContain('TIER_MISMATCH');
  });

  it('SD number with 7 digits → INVALID_SD; "SD 12345678" is fine', () => {
    const bad = checkForms({ formsA: [aug], receivedOn: '2025-08-20', sdNumber: 'SD1234567' });
    expect(codes(bad)).toContain('INVALID_SD');
    expect(find(bad, 'INVALID_SD')?.severity).toBe('error');
    expect(codes(checkForms({ formsA: [aug], receivedOn: '2025-08-20', sdNumber: 'SD 12345678' }))).not.toContain('INVALID_SD');
  });

  it('NI number must be 2 letters, 6 digits, 1 letter (§6.1)', () => {
    const bad = checkForms({ formsA: [aug], receivedOn: '2025-08-20', niNumber: 'YB12345A' });
    expect(codes(bad)).toContain('INVALID_NI');
    expect(find(bad, 'INVALID_NI')?.severity).toBe('error');
    expect(codes(checkForms({ formsA: [aug], receivedOn: '2025-08-20', niNumber: 'YB123456A' }))).not.toContain('INVALID_NI');
  });

  it('ODS code longer than 9 characters → INVALID_ODS; A12345 is fine (§6.3)', () => {
    const bad = formA([['2025-08-04', '2025-08-04']], 80000, '2025-08-22', 'practice', { name: 'Branch Surgery', odsCode: 'K8100300199' });
    const findings = checkForms({ formsA: [bad], receivedOn: '2025-08-30' });
    expect(codes(findings)).toContain('INVALID_ODS');
    expect(find(findings, 'INVALID_ODS')?.severity).toBe('error');
    expect(codes(checkForms({ formsA: [aug], receivedOn: '2025-08-20' }))).not.toContain('INVALID_ODS');
  });
});
