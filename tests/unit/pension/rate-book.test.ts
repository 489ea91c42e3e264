// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RATES,
  buildLocumA,
  buildLocumB,
  checkForms,
  EnteredRateTable,
  employerContribution,
  formBMonthFor,
  adviseTier,
  rateBookWith,
  ratePeriodOn,
  ratesOn,
  tierFor,
  type LocumAInput,
} from '../../../lib/pension';

const practice = { name: 'Riverside Medical Centre', odsCode: 'Y99901' };
const formA = (periods: [string, string][], feePence: number, paidOn: string): LocumAInput => ({
  practice,
  periods: periods.map(([from, to]) => ({ from, to })),
  feePence,
  paidOn,
  workType: 'practice',
});

/** A table as a user would type NHSBSA's 2027/28 layout; the figures are invented for the test. */
const entered2027: EnteredRateTable = {
  schemeYear: '2027/28',
  bandTopsPounds: [13_259, 29_900, 36_400, 54_700, 70_100],
  ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
  employerRatePercent: 15,
  source: 'https://www.nhsbsa.nhs.uk/member-hub/cost-being-scheme',
  enteredAt: '2027-04-20T09:00:00.000Z',
};

describe('no cliff on 1 April 2027: later years are projected from the last known table', () => {
  it('gives 2027/28 its own period, carried forward from 2026/27 and marked projected', () => {
    const period = ratePeriodOn('2027-04-01');
    expect(period).toMatchObject({ id: '2027-28', schemeYear: '2027/28', from: '2027-04-01', to: '2028-03-31', status: 'projected' });
    expect(period.projectedFrom).toBe('2026/27');
    expect(period.tiers).toEqual(ratePeriodOn('2026-06-01').tiers);
    expect(period.employerRatePercent).toBe(14.38);
    // One scheme year is always one object: callers compare periods by identity (formBMonthFor, the ledger's grouping).
    expect(ratePeriodOn('2027-12-25')).toBe(period);
  });

  it('works for 2030/31 and beyond', () => {
    expect(ratePeriodOn('2030-06-03')).toMatchObject({ schemeYear: '2030/31', status: 'projected', projectedFrom: '2026/27' });
    expect(ratePeriodOn('2099-03-31').schemeYear).toBe('2098/99');
    expect(ratesOn('2031-01-01')).toEqual([5.2, 6.5, 8.3, 9.8, 10.7, 12.5]);
    expect(tierFor(2_800_000, '2030-06-03').ratePercent).toBe(6.5);
  });

  it('keeps 31 March / 1 April a boundary between projected years', () => {
    expect(formBMonthFor('2028-03-30', '2028-04-07')).toBe('2028-03');
    expect(formBMonthFor('2028-04-03', '2028-04-07')).toBe('2028-04');
  });

  it('builds a full April 2027 month to the penny, with a warning that the rates are projected', () => {
    // 3 days, fee £2,250.00: box 2 = £2,025.00; box 3 = 14.38% × £2,025.00 = £291.195 → £291.20 (half-up).
    const a = buildLocumA(formA([['2027-04-05', '2027-04-07']], 225_000, '2027-04-23'));
    expect(a).toMatchObject({ box1: 225_000, box2: 202_500, box3: 29_120, month: '2027-04', ratePeriodId: '2027-28' });
    // Tier 9.8%: b = £198.45; g = b; h = £291.20; i = £489.65.
    const b = buildLocumB({ month: '2027-04', ratePercent: 9.8, formsA: [a], sdNumber: '12345678' });
    expect(b).toMatchObject({ a: 202_500, b: 19_845, g: 19_845, h: 29_120, i: 48_965, paymentReference: '12345678LOCAPR2027' });
    const findings = checkForms({ formsA: [a], formB: b, receivedOn: '2027-04-28' });
    const projected = findings.find((f) => f.code === 'PROJECTED_RATES');
    expect(projected?.severity).toBe('warning');
    expect(projected?.message).toMatch(/2027\/28.*2026\/27's carried forward.*Rates page/);
    expect(findings.some((f) => f.code === 'PROVISIONAL_RATES')).toBe(false);
  });

  it('builds a June 2030 month to the penny', () => {
    // Fee £812.35: box 2 = £731.115 → £731.12; box 3 = 14.38% × £731.12 = £105.135056 → £105.14.
    const a = buildLocumA(formA([['2030-06-03', '2030-06-03']], 81_235, '2030-06-28'));
    expect(a).toMatchObject({ box2: 73_112, box3: 10_514, month: '2030-06' });
    // Tier 12.5%: b = £91.39 exactly; i = £91.39 + £105.14.
    const b = buildLocumB({ month: '2030-06', ratePercent: 12.5, formsA: [a] });
    expect(b).toMatchObject({ b: 9_139, h: 10_514, i: 19_653 });
    expect(checkForms({ formsA: [a], formB: b, receivedOn: '2030-07-02' }).map((f) => f.code)).toContain('PROJECTED_RATES');
  });
});

describe('a table the user entered', () => {
  const book = rateBookWith([entered2027]);

  it('replaces the projected year, and later years are projected from it', () => {
    const period = ratePeriodOn('2027-05-01', book);
    expect(period).toMatchObject({ schemeYear: '2027/28', status: 'entered', employerRatePercent: 15, bandUnit: 'pound' });
    expect(period.tiers[1]).toEqual({ fromPence: 1_326_000, toPence: 2_990_000, ratePercent: 6.5 });
    expect(period.tiers[5]).toEqual({ fromPence: 7_010_100, toPence: null, ratePercent: 12.5 });
    expect(ratePeriodOn('2028-05-01', book)).toMatchObject({ status: 'projected', projectedFrom: '2027/28', employerRatePercent: 15 });
    // The built-in book is unchanged: a book is a value, not global state.
    expect(ratePeriodOn('2027-05-01').status).toBe('projected');
    expect(BUILT_IN_RATES.periods.some((p) => p.status === 'entered')).toBe(false);
  });

  it('changes the figures of forms built with it, and only those', () => {
    const input = formA([['2027-04-05', '2027-04-07']], 225_000, '2027-04-23');
    // 15% × £2,025.00 = £303.75, against £291.20 on the projected 14.38%.
    expect(buildLocumA(input, book).box3).toBe(30_375);
    expect(buildLocumA(input).box3).toBe(29_120);
    expect(employerContribution(202_500, '2027-04-23', book)).toBe(30_375);
    expect(tierFor(2_950_000, '2027-06-01', book).ratePercent).toBe(6.5);
    expect(tierFor(2_950_000, '2027-06-01').ratePercent).toBe(8.3);
    const formsA = [buildLocumA(input, book)];
    const findings = checkForms({ formsA, receivedOn: '2027-04-28' }, book).map((f) => f.code);
    expect(findings).not.toContain('PROJECTED_RATES');
    expect(adviseTier({ date: '2027-06-01', locumPensionablePayPence: 2_950_000, locumDays: 365 }, book).ratePercent).toBe(6.5);
  });

  it('for a year two ahead, projects the year between from the one before it', () => {
    const later = rateBookWith([{ ...entered2027, schemeYear: '2028/29' }]);
    expect(ratePeriodOn('2027-05-01', later)).toMatchObject({ status: 'projected', projectedFrom: '2026/27', employerRatePercent: 14.38 });
    expect(ratePeriodOn('2028-05-01', later)).toMatchObject({ status: 'entered', employerRatePercent: 15 });
  });

  it('in place of a confirmed year keeps the built-in one to show beside it', () => {
    const corrected = rateBookWith([{ ...entered2027, schemeYear: '2024/25', replacesConfirmed: true }]);
    expect(ratePeriodOn('2024-06-01', corrected).status).toBe('entered');
    expect(corrected.replaced.map((p) => p.id)).toEqual(['2024-25']);
  });
});

describe('the entered table schema', () => {
  const problems = (table: unknown) => {
    const result = EnteredRateTable.safeParse(table);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts a table in NHSBSA layout', () => {
    expect(problems(entered2027)).toEqual([]);
  });

  it.each([
    [{ bandTopsPounds: [13_259, 13_000, 36_400, 54_700, 70_100] }, 'each band must start above the one before it'],
    [{ ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 25] }, 'a tier rate is between 0 and 20%'],
    [{ ratesPercent: [5.2, 6.5, 8.3, 9.8, 12.5, 10.7] }, 'no tier may have a lower rate than the tier below it'],
    [{ employerRatePercent: 31 }, 'an employer rate is between 0 and 30%'],
    [{ schemeYear: '2027/29' }, 'expected a scheme year written 2027/28'],
    [{ source: '' }, 'say where the figures come from: a web address or a note'],
    [{ bandTopsPounds: [13_259.5, 29_900, 36_400, 54_700, 70_100] }, 'expected whole pounds, such as 28854'],
  ])('refuses %o', (change, message) => {
    expect(problems({ ...entered2027, ...change }).join(' ')).toContain(message);
  });
});
