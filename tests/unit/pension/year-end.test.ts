// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  adviseTier,
  APPRAISAL_COMMISSIONER,
  appraisalRows,
  buildLocumA,
  checkForms,
  PensionInputError,
  typeTwoLocumFigures,
} from '../../../lib/pension';

/**
 * Issue 18, the engine part. Every figure below is worked by hand in the comments; sources are the project's references
 * year-end.md §3 and pension-rules.md §1, §3, §5 (tiers 2025/26: SI 2025/821, pension-rules.md §1.2 "E-final").
 */

describe('adviseTier with other roles of a kind (year-end.md §3.2, pension-rules.md §5.2)', () => {
  it('a locum with a whole-year Solo/OOH contract: days of service are 365 (BMA guidance)', () => {
    // Source: "OOH contract continuous all year → annualised income equal to actual pensionable income, as they will be
    // considered in the scheme 365 days of the year" (BMA, quoted by NASGP; year-end.md §3.2).
    // Locum £12,000.00 over 40 days + Solo £30,000.00 (100% of the fee, year-end.md §3.2) = £42,000.00.
    // Days: 365, so annualised = £42,000.00 × 365 ÷ 365 = £42,000.00, in £33,869–£50,845 → 9.8%.
    const advice = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 1_200_000,
      locumDays: 40,
      otherRoles: [{ kind: 'solo', pensionablePayPence: 3_000_000, fullYear: true }],
    });
    expect(advice.daysOfService).toBe(365);
    expect(advice.annualisedPence).toBe(4_200_000);
    expect(advice.ratePercent).toBe(9.8);
    expect(advice.steps).toContain(
      'Days of service: your Solo/out-of-hours contract covers the whole scheme year, so 365: a GP with an out-of-hours contract in place all year is "considered in the scheme 365 days of the year" (BMA guidance).',
    );
    // Without the Solo contract the same locum work alone annualises to £12,000.00 × 365 ÷ 40 = £109,500.00 → 12.5%.
    const alone = adviseTier({ date: '2025-06-01', locumPensionablePayPence: 1_200_000, locumDays: 40 });
    expect(alone.annualisedPence).toBe(10_950_000);
    expect(alone.ratePercent).toBe(12.5);
  });

  it('names the Solo contract when a salaried role also covers the whole year', () => {
    const advice = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 100_000,
      locumDays: 2,
      otherRoles: [
        { kind: 'salaried', pensionablePayPence: 100_000, fullYear: true },
        { kind: 'solo', pensionablePayPence: 100_000, fullYear: true },
      ],
    });
    expect(advice.steps.join(' ')).toContain('your Solo/out-of-hours contract covers the whole scheme year');
    const salaried = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 100_000,
      locumDays: 2,
      otherRoles: [{ kind: 'partner', pensionablePayPence: 100_000, fullYear: true }],
    });
    expect(salaried.steps.join(' ')).toContain('Days of service: your partner (Type 1) role covers the whole scheme year, so 365');
  });

  it('a locum with a part-year salaried role: its days add to the locum days', () => {
    // Source: annualised pay = pay × 365 ÷ days of practitioner service (pension-rules.md §5.1); days covered by a Type 2
    // contract count in full (§5.2); PCSE: annualise when "you didn't have continuous practitioner employment for the full
    // pension year" (year-end.md §3.1).
    // Salaried 1 Oct 2025 – 31 Mar 2026 = 31 + 30 + 31 + 31 + 28 + 31 = 182 days, pensionable pay £24,000.00;
    // locum £9,000.00 over 30 other days. Days 30 + 182 = 212. Pay £33,000.00.
    // £33,000.00 × 365 ÷ 212 = 1,204,500,000 ÷ 212 = 5,681,603.77p → £56,816.04, in £50,846–£65,190 → 10.7%.
    const advice = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 900_000,
      locumDays: 30,
      otherRoles: [{ kind: 'salaried', pensionablePayPence: 2_400_000, days: 182 }],
    });
    expect(advice.daysOfService).toBe(212);
    expect(advice.annualisedPence).toBe(5_681_604);
    expect(advice.ratePercent).toBe(10.7);
    expect(advice.steps).toContain(
      'Days of service: 30 locum days + 182 days in your salaried (Type 2) role = 212. Every day not worked is a break, and all breaks count (Form A 2021/22).',
    );
  });

  it('names each role that adds days, caps at 365, and keeps the old wording for roles without a kind', () => {
    const capped = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 1_000_000,
      locumDays: 200,
      otherRoles: [
        { kind: 'salaried', pensionablePayPence: 1_000_000, days: 150 },
        { pensionablePayPence: 100_000, days: 20 },
      ],
    });
    expect(capped.daysOfService).toBe(365);
    expect(capped.steps).toContain(
      'Days of service: 200 locum days + 150 days in your salaried (Type 2) role + 20 days in another practitioner role = 370, capped at 365.',
    );
    const old = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 1_000_000,
      locumDays: 50,
      otherRoles: [{ pensionablePayPence: 1_000_000, days: 50 }],
    });
    expect(old.steps).toContain(
      'Days of service: 50 locum days + 50 days in other roles = 100. Every day not worked is a break, and all breaks count (Form A 2021/22).',
    );
  });

  it('refuses a kind it does not know', () => {
    expect(() =>
      adviseTier({
        date: '2025-06-01',
        locumPensionablePayPence: 1,
        locumDays: 1,
        // @ts-expect-error: not a kind of role
        otherRoles: [{ kind: 'officer', pensionablePayPence: 1, days: 1 }],
      }),
    ).toThrow(PensionInputError);
  });
});

describe('appraisalRows (year-end.md §3.3, pension-rules.md §3.3)', () => {
  it('puts consecutive days on one row and splits an odd fee between rows, the first row taking the extra penny', () => {
    // Source: NHSBSA 2026/27 notes via NASGP: consecutive days "one continuous period on a single line", non-consecutive
    // "separate entries … divide your total fee equally" (year-end.md §3.3).
    // 5–6 May 2026 (consecutive) and 12 May 2026: 2 rows. £500.01 = 50,001p; 50,001 ÷ 2 = 25,000 r 1 → 25,001 + 25,000.
    expect(appraisalRows(['2026-05-12', '2026-05-05', '2026-05-06'], 50_001)).toEqual([
      { from: '2026-05-05', to: '2026-05-06', days: 2, feePence: 25_001 },
      { from: '2026-05-12', to: '2026-05-12', days: 1, feePence: 25_000 },
    ]);
  });

  it('three separate days: £500.00 is £166.67 + £166.67 + £166.66, and £1.00 is 34p + 33p + 33p', () => {
    // 50,000 ÷ 3 = 16,666 r 2 → the first two rows take a penny each: 16,667 + 16,667 + 16,666 = 50,000.
    const days = ['2026-06-01', '2026-06-03', '2026-06-05'];
    expect(appraisalRows(days, 50_000).map((row) => row.feePence)).toEqual([16_667, 16_667, 16_666]);
    // 100 ÷ 3 = 33 r 1 → 34 + 33 + 33 = 100.
    expect(appraisalRows(days, 100).map((row) => row.feePence)).toEqual([34, 33, 33]);
    // 50,001 ÷ 3 = 16,667 r 0: no extra pennies.
    expect(appraisalRows(days, 50_001).map((row) => row.feePence)).toEqual([16_667, 16_667, 16_667]);
  });

  it('runs consecutive days across a month end, and gives a single run the whole fee', () => {
    expect(appraisalRows(['2026-06-01', '2026-05-31'], 45_000)).toEqual([
      { from: '2026-05-31', to: '2026-06-01', days: 2, feePence: 45_000 },
    ]);
  });

  it('refuses no days, a day twice and a date that does not exist', () => {
    expect(() => appraisalRows([], 100)).toThrow(/at least one day/);
    expect(() => appraisalRows(['2026-05-05', '2026-05-05'], 100)).toThrow(/listed twice/);
    expect(() => appraisalRows(['2026-02-30'], 100)).toThrow(PensionInputError);
  });

  it('more than 3 days on one Form A stays checkForms’ APPRAISAL_OVER_3_DAYS finding; the form goes to NHS England', () => {
    const rows = appraisalRows(['2026-05-05', '2026-05-06', '2026-05-08', '2026-05-11'], 60_000);
    expect(rows.map((row) => row.feePence)).toEqual([20_000, 20_000, 20_000]);
    expect(APPRAISAL_COMMISSIONER.name).toBe('NHS England');
    const formA = buildLocumA({
      // The reference names no ODS code for NHS England; 'X24' is only this test's placeholder, as in check-forms.test.ts.
      practice: { name: APPRAISAL_COMMISSIONER.name, odsCode: 'X24' },
      periods: rows.map(({ from, to }) => ({ from, to })),
      feePence: 60_000,
      paidOn: '2026-05-29',
      workType: 'appraisal',
    });
    const codes = checkForms({ formsA: [formA], receivedOn: '2026-06-03' }).map((f) => f.code);
    expect(codes).toContain('APPRAISAL_OVER_3_DAYS');
  });
});

describe('typeTwoLocumFigures (year-end.md §3.1, pension-rules.md §5.5)', () => {
  // A locum with a salaried role all of 2025/26 (the NHSBSA Form B 2021/22 "Dr C" pattern, pension-rules.md §5.4), who
  // ticked 9.8% on three Form Bs. Salaried £60,000.00 + locum box a £3,000.00 + £2,500.00 + £1,234.57 = £6,734.57.
  // Days 365 (whole-year role), annualised £66,734.57 ≥ £65,191 → 12.5% due (SI 2025/821).
  // Paid at 9.8%: 29,400 + 24,500 + 12,099 (123,457 × 9.8% = 12,098.786) = 65,999p.
  // Due at 12.5%: 37,500 + 31,250 + 15,432 (123,457 × 12.5% = 15,432.125) = 84,182p.
  // Box 5c = 84,182 − 65,999 = 18,183p (£181.83 owed). Due 28 February 2027 ("2024/25 … by 28 February 2026", year-end.md §3.1).
  const formsB = [
    { month: '2025-05', a: 300_000, ratePercent: 9.8 },
    { month: '2025-08', a: 250_000, ratePercent: 9.8 },
    { month: '2026-01', a: 123_457, ratePercent: 9.8 },
  ];

  it('works out the worked example', () => {
    const advice = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 673_457,
      locumDays: 9,
      otherRoles: [{ kind: 'salaried', pensionablePayPence: 6_000_000, fullYear: true }],
    });
    expect(advice.annualisedPence).toBe(6_673_457);
    const figures = typeTwoLocumFigures({ formsB, annualisedPence: advice.annualisedPence, today: '2026-12-06' });
    expect(figures.schemeYear).toBe('2025/26');
    expect(figures.pensionablePayPence.value).toBe(673_457);
    expect(figures.contributionsPaidPence.value).toBe(65_999);
    expect(figures.tierDuePercent.value).toBe(12.5);
    expect(figures.contributionsDuePence.value).toBe(84_182);
    expect(figures.box5cPence).toMatchObject({ value: 18_183, withinTolerance: false });
    expect(figures.dueDate.value).toBe('2027-02-28');
    expect(figures.contributionsPaidPence.basis).toContain('9.8%');
    expect(figures.box5cPence.basis).toContain('Box 5c');
    expect(figures.dueDate.basis).toContain('28 February');
    for (const figure of [figures.pensionablePayPence, figures.tierDuePercent, figures.contributionsDuePence]) {
      expect(figure.basis.length).toBeGreaterThan(20);
    }
  });

  it('gives a refund as a negative Box 5c, and under £1 is within tolerance', () => {
    // £1,000.00 at 12.5% = £125.00 paid; due 9.8% = £98.00 → −£27.00.
    const refund = typeTwoLocumFigures({ formsB: [{ month: '2024-05', a: 100_000, ratePercent: 12.5 }], annualisedPence: 4_000_000 });
    expect(refund.box5cPence.value).toBe(-2_700);
    expect(refund.dueDate.value).toBe('2026-02-28'); // 2024/25 → 28 February 2026, the PCSE example itself
    // £10.00 at 9.8% = 98p against 10.7% = 107p: 9p owed, within the £1 tolerance.
    const small = typeTwoLocumFigures({ formsB: [{ month: '2025-04', a: 1_000, ratePercent: 9.8 }], annualisedPence: 6_000_000 });
    expect(small.box5cPence).toMatchObject({ value: 9, withinTolerance: true });
  });

  it('refuses a scheme year that is not yet closed, and Form Bs of two years', () => {
    expect(() => typeTwoLocumFigures({ formsB, annualisedPence: 6_673_457, today: '2026-03-31' })).toThrow(/still open/);
    expect(typeTwoLocumFigures({ formsB, annualisedPence: 6_673_457, today: '2026-04-01' }).box5cPence.value).toBe(18_183);
    expect(() =>
      typeTwoLocumFigures({
        formsB: [...formsB, { month: '2026-04', a: 1, ratePercent: 9.8 }],
        annualisedPence: 6_673_457,
      }),
    ).toThrow(/more than one scheme year/);
  });
});

/** The README's examples for issue 18's functions, so the documentation cannot drift from the code. */
describe('README examples (issue 18)', () => {
  it('hold for appraisalRows, typeTwoLocumFigures and a kind of role', () => {
    expect(appraisalRows(['2026-05-05', '2026-05-06', '2026-05-12'], 50001).map((row) => row.feePence)).toEqual([25001, 25000]);
    const figures = typeTwoLocumFigures({ formsB: [{ month: '2024-05', a: 100000, ratePercent: 12.5 }], annualisedPence: 4000000 });
    expect([figures.box5cPence.value, figures.dueDate.value]).toEqual([-2700, '2026-02-28']);
    const solo = adviseTier({
      date: '2025-06-01',
      locumPensionablePayPence: 1200000,
      locumDays: 40,
      otherRoles: [{ kind: 'solo', pensionablePayPence: 3000000, fullYear: true }],
    });
    expect([solo.annualisedPence, solo.ratePercent]).toEqual([4200000, 9.8]);
    expect(APPRAISAL_COMMISSIONER).toMatchObject({
      name: 'NHS England',
      source: 'https://fill.io/General-guidance-To-claim-NHS-Pension-Scheme-membership',
    });
  });
});
