// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adviceFor, formsAOf, monthlyForms } from '../../../lib/ledger/forms';
import { DEFAULT_SETTINGS, type LedgerData, type OtherRole, type Practice } from '../../../lib/ledger/schemas';
import { riverside, session } from '../../fixtures/ledger-records';

/*
 * Issue 18, other practitioner work in the ledger, worked by hand. Sources: year-end.md §3.1–§3.3 (Solo pay is the whole
 * fee from the Annual Solo form; a whole-year Solo/OOH contract makes the year 365 days; appraisals from 2026/27 on
 * Form A rows, the fee split equally), pension-rules.md §3.3 and §5 (annualisation: pay × 365 ÷ days of service).
 * 2026/27 tiers (provisional, lib/pension/data/rate-periods.json): 6.5% to £28,854, 8.3% from £28,855.
 */

const nhsEngland: Practice = {
  id: 'p-nhse',
  name: 'NHS England',
  odsCode: 'X24',
  address: '',
  email: '',
  approverContact: '',
  commissioner: true,
};

const ledger = (overrides: Partial<LedgerData> = {}): LedgerData => ({
  profile: null,
  practices: [riverside, nhsEngland],
  sessions: [],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: DEFAULT_SETTINGS,
  ...overrides,
});

// A locum month: 5, 6 and 7 May 2026 at Riverside, £800 a day, paid 29 May 2026.
const locumMonth = [
  session({ id: 'l1', dateWorked: '2026-05-05', invoiceId: 'i1', feePence: 80_000 }),
  session({ id: 'l2', dateWorked: '2026-05-06', invoiceId: 'i1', feePence: 80_000 }),
  session({ id: 'l3', dateWorked: '2026-05-07', invoiceId: 'i1', feePence: 80_000 }),
];
const locumInvoice = { id: 'i1', practiceId: riverside.id, reference: 'R-5', sessionIds: ['l1', 'l2', 'l3'], paidOn: '2026-05-29' };
// Two out-of-hours shifts, £300 each, as the session form saves them (pensioned: false, since they never go on Locum A/B).
const twoOoh = [
  session({ id: 'o1', dateWorked: '2026-05-12', workType: 'ooh', pensioned: false, feePence: 30_000 }),
  session({ id: 'o2', dateWorked: '2026-05-13', workType: 'ooh', pensioned: false, feePence: 30_000 }),
];
const wholeYearSolo = (pensionablePayPence: number): OtherRole => ({
  description: 'OOH provider contract',
  pensionablePayPence,
  fullYear: true,
  kind: 'solo',
});
const withRoles = (otherRoles: OtherRole[]) => ({ ...DEFAULT_SETTINGS, pensionYears: { '2026/27': { otherRoles } } });

describe('Solo/OOH sessions count in annualisation, never on Form A/B', () => {
  it('a locum month alone: 90% of £2,400 over 3 days', () => {
    // £2,400 × 90% = £2,160.00; £2,160.00 × 365 ÷ 3 = £262,800.00.
    const advice = adviceFor(ledger({ sessions: locumMonth, invoices: [locumInvoice] }), '2026-05-31');
    expect(advice.annualisedPence).toBe(26_280_000);
    expect(advice.daysOfService).toBe(3);
  });

  it('two OOH sessions add their whole fee and their 2 days, and stay off the forms', () => {
    // Locum £2,160.00 + Solo £600.00 (the whole fee, not 90%) = £2,760.00; days 3 + 2 = 5;
    // £2,760.00 × 365 ÷ 5 = £201,480.00.
    const data = ledger({ sessions: [...locumMonth, ...twoOoh], invoices: [locumInvoice] });
    const advice = adviceFor(data, '2026-05-31');
    expect(advice.annualisedPence).toBe(20_148_000);
    expect(advice.daysOfService).toBe(5);
    expect(advice.basis.locumPayPence).toBe(216_000);
    expect(advice.basis.locumDays).toBe(3);
    expect(advice.basis.roles).toEqual([
      { description: 'Out-of-hours / Solo sessions in your ledger', pensionablePayPence: 60_000, fullYear: false, days: 2, kind: 'solo' },
    ]);
    expect(advice.steps).toContain(
      'Days of service: 3 locum days + 2 days in your Solo/out-of-hours contract = 5. Every day not worked is a break, and all breaks count (Form A 2021/22).',
    );
    // Form A and Form B are as without the OOH work: box 1 £2,400, box a £2,160.
    expect(formsAOf(data).map((entry) => entry.formA.box1)).toEqual([240_000]);
    expect(monthlyForms(data, '2026-06-01')[0]!.formB.a).toBe(216_000);
  });

  it('an OOH shift on a locum day adds its pay but not a second day of service', () => {
    // Evening shift on 7 May (£150.00) after the locum day: £2,160.00 + £600.00 + £150.00 = £2,910.00 over 5 days;
    // £2,910.00 × 365 ÷ 5 = £212,430.00.
    const evening = session({ id: 'o3', dateWorked: '2026-05-07', workType: 'ooh', pensioned: false, feePence: 15_000 });
    const advice = adviceFor(ledger({ sessions: [...locumMonth, ...twoOoh, evening], invoices: [locumInvoice] }), '2026-05-31');
    expect(advice.annualisedPence).toBe(21_243_000);
    expect(advice.daysOfService).toBe(5);
  });

  it('a booked (not yet worked) OOH shift does not count', () => {
    const booked = session({ id: 'o4', dateWorked: '2026-05-20', workType: 'ooh', pensioned: false, feePence: 30_000, booked: true });
    const advice = adviceFor(ledger({ sessions: [...locumMonth, ...twoOoh, booked], invoices: [locumInvoice] }), '2026-05-31');
    expect(advice.annualisedPence).toBe(20_148_000);
  });

  it('with a whole-year Solo role in Settings the year stays 365 days, and the OOH pay still adds', () => {
    // Settings: Solo contract £26,300.00 for the whole year. Without the OOH sessions: £26,300.00 + £2,160.00 =
    // £28,460.00 × 365 ÷ 365 = £28,460.00, in the 6.5% band (to £28,854).
    const settings = withRoles([wholeYearSolo(2_630_000)]);
    const without = adviceFor(ledger({ sessions: locumMonth, invoices: [locumInvoice], settings }), '2026-05-31');
    expect(without.annualisedPence).toBe(2_846_000);
    expect(without.daysOfService).toBe(365);
    expect(without.ratePercent).toBe(6.5);
    // With the two OOH shifts: + £600.00 = £29,060.00, still over 365 days (their days add nothing): the 8.3% band.
    const withOoh = adviceFor(ledger({ sessions: [...locumMonth, ...twoOoh], invoices: [locumInvoice], settings }), '2026-05-31');
    expect(withOoh.annualisedPence).toBe(2_906_000);
    expect(withOoh.daysOfService).toBe(365);
    expect(withOoh.ratePercent).toBe(8.3);
    expect(withOoh.basis.roles.map((role) => role.pensionablePayPence)).toEqual([2_630_000, 60_000]);
  });

  it('OOH work alone is annualised over its own days', () => {
    // £600.00 × 365 ÷ 2 = £109,500.00.
    const advice = adviceFor(ledger({ sessions: twoOoh }), '2026-05-31');
    expect(advice.annualisedPence).toBe(10_950_000);
    expect(advice.daysOfService).toBe(2);
    expect(formsAOf(ledger({ sessions: twoOoh }))).toEqual([]);
  });
});

describe("appraisals from 2026/27 on the ledger's Locum A", () => {
  // One appraisal for NHS England: 5 and 6 May 2026 (consecutive) and 12 May (separate), £200.00 + £200.00 + £100.01
  // = £500.01, paid 29 May 2026.
  const appraisal = [
    session({ id: 'a1', dateWorked: '2026-05-05', practiceId: nhsEngland.id, workType: 'appraisal', invoiceId: 'ia', feePence: 20_000 }),
    session({ id: 'a2', dateWorked: '2026-05-06', practiceId: nhsEngland.id, workType: 'appraisal', invoiceId: 'ia', feePence: 20_000 }),
    session({ id: 'a3', dateWorked: '2026-05-12', practiceId: nhsEngland.id, workType: 'appraisal', invoiceId: 'ia', feePence: 10_001 }),
  ];
  const invoice = { id: 'ia', practiceId: nhsEngland.id, reference: 'APP-1', sessionIds: ['a1', 'a2', 'a3'], paidOn: '2026-05-29' };

  it('makes one row for the consecutive days and one for the separate day, the £500.01 split with the odd penny first', () => {
    // 50,001p ÷ 2 rows = 25,000p rounded down, 1p left over: the first row takes it. Rows: £250.01 and £250.00.
    const [entry] = formsAOf(ledger({ sessions: appraisal, invoices: [invoice] }));
    expect(entry!.appraisalRows).toEqual([
      { from: '2026-05-05', to: '2026-05-06', days: 2, feePence: 25_001 },
      { from: '2026-05-12', to: '2026-05-12', days: 1, feePence: 25_000 },
    ]);
    expect(entry!.formA.periods).toEqual([
      { from: '2026-05-05', to: '2026-05-06' },
      { from: '2026-05-12', to: '2026-05-12' },
    ]);
    // Box 1 stays the whole fee; box 2 is 90% of it, half-up: 45,000.9p → 45,001p.
    expect(entry!.formA).toMatchObject({ workType: 'appraisal', box1: 50_001, box2: 45_001, daysWorked: 3 });
    // The Locum A's organisation is the session's record: here NHS England, the commissioner (year-end.md §3.3).
    expect(entry!.formA.practice).toEqual({ name: 'NHS England', odsCode: 'X24' });
  });

  it('splits three separate days equally: £500.00 is £166.67, £166.67, £166.66', () => {
    const apart = appraisal.map((s, i) => ({
      ...s,
      dateWorked: ['2026-05-05', '2026-05-07', '2026-05-12'][i]!,
      feePence: [20_000, 20_000, 10_000][i]!,
    }));
    const [entry] = formsAOf(ledger({ sessions: apart, invoices: [invoice] }));
    expect(entry!.appraisalRows!.map((row) => row.feePence)).toEqual([16_667, 16_667, 16_666]);
    expect(entry!.formA.box1).toBe(50_000);
  });

  it('counts a day with two appraisal sessions once', () => {
    const twice = [
      ...appraisal,
      session({ id: 'a4', dateWorked: '2026-05-12', practiceId: nhsEngland.id, workType: 'appraisal', invoiceId: 'ia', feePence: 2 }),
    ];
    // 50,003p over 2 rows: 25,001p each, 1p left for the first: £250.02 and £250.01.
    const [entry] = formsAOf(ledger({ sessions: twice, invoices: [{ ...invoice, sessionIds: ['a1', 'a2', 'a3', 'a4'] }] }));
    expect(entry!.appraisalRows!.map((row) => [row.days, row.feePence])).toEqual([
      [2, 25_002],
      [1, 25_001],
    ]);
  });

  it('keeps the APPRAISAL_OVER_3_DAYS finding for a fourth day', () => {
    const four = [
      ...appraisal,
      session({ id: 'a4', dateWorked: '2026-05-13', practiceId: nhsEngland.id, workType: 'appraisal', invoiceId: 'ia', feePence: 10_000 }),
    ];
    const data = ledger({ sessions: four, invoices: [{ ...invoice, sessionIds: ['a1', 'a2', 'a3', 'a4'] }] });
    expect(formsAOf(data)[0]!.appraisalRows!.map((row) => row.days)).toEqual([2, 2]);
    expect(monthlyForms(data, '2026-06-01')[0]!.findings.map((f) => f.code)).toContain('APPRAISAL_OVER_3_DAYS');
  });

  it('gives no rows to an appraisal paid before 1 April 2026, nor to practice work', () => {
    const before = appraisal.map((s) => ({ ...s, dateWorked: s.dateWorked.replace('2026-05', '2026-02') }));
    const [old] = formsAOf(ledger({ sessions: before, invoices: [{ ...invoice, paidOn: '2026-03-20' }] }));
    expect(old!.appraisalRows).toBeUndefined();
    expect(old!.formA.box1).toBe(50_001);
    expect(formsAOf(ledger({ sessions: locumMonth, invoices: [locumInvoice] }))[0]!.appraisalRows).toBeUndefined();
  });
});
