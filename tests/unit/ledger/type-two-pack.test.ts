import { describe, expect, it } from 'vitest';
import { typeTwoPacks } from '../../../lib/ledger/type-two-pack';
import { DEFAULT_SETTINGS, type LedgerData, type Profile, type Submission } from '../../../lib/ledger/schemas';
import { riverside, session } from '../../fixtures/ledger-records';

/*
 * Worked by hand from year-end.md §3.1 (Type 2: locum pay is 90% of fees, late work left out, row 2 salaried, row 3 Solo,
 * totalled in row 6, due 28 February a year in arrears) and the 2025/26 tier table of SI 2025/821.
 */

const formB = (month: string, submittedAt: string): Submission => ({
  id: `b-${month}`,
  kind: 'B',
  month,
  status: 'submitted',
  filled: {},
  amounts: {},
  createdAt: submittedAt,
  updatedAt: submittedAt,
  submittedAt,
});

const profile = (otherRoles: Profile['otherRoles']): Profile => ({
  name: 'Dr A Locum',
  sdNumber: '',
  niNumber: '',
  gmcNumber: '',
  email: '',
  otherRoles,
});

/** October 2025: two £1,000 days sent on time. November 2025: a £500 day from August, sent past its 10-week limit. */
const ledger = (otherRoles: Profile['otherRoles'], tickedPercent: number): LedgerData => ({
  profile: profile(otherRoles),
  practices: [riverside],
  sessions: [
    session({ id: 'oct-1', dateWorked: '2025-10-07', feePence: 100_000, invoiceId: 'oct' }),
    session({ id: 'oct-2', dateWorked: '2025-10-09', feePence: 100_000, invoiceId: 'oct' }),
    session({ id: 'aug', dateWorked: '2025-08-05', feePence: 50_000, invoiceId: 'late' }),
  ],
  invoices: [
    { id: 'oct', practiceId: riverside.id, reference: '', sessionIds: ['oct-1', 'oct-2'], paidOn: '2025-10-20' },
    { id: 'late', practiceId: riverside.id, reference: '', sessionIds: ['aug'], paidOn: '2025-11-20' },
  ],
  // 05/08/2025 + 70 days = 14/10/2025: the November Form B, sent 25/11/2025, is too late for that work.
  submissions: [formB('2025-10', '2025-11-05T09:00:00.000Z'), formB('2025-11', '2025-11-25T09:00:00.000Z')],
  receipts: [],
  settings: { ...DEFAULT_SETTINGS, chosenRates: { '2025-26': tickedPercent } },
});

const salaried = {
  description: 'Salaried GP, Elm Tree',
  pensionablePayPence: 6_000_000,
  fullYear: false,
  days: 200,
  kind: 'salaried' as const,
};
const solo = { description: 'Out-of-hours (Solo)', pensionablePayPence: 1_000_000, fullYear: true, kind: 'solo' as const };

describe('the Type 2 pack', () => {
  it('with a salaried role: locum pay, contributions at the tier ticked, the tier due on the whole year, Box 5c owed', () => {
    const [pack] = typeTwoPacks(ledger([salaried], 9.8), '2026-06-15');
    expect(pack!.schemeYear).toBe('2025/26');
    expect(pack!.closed).toBe(true);
    // Locum pay: 90% of £2,000 = £1,800 (October only). Paid: £1,800 × 9.8% = £176.40.
    expect(pack!.locum!.pensionablePayPence.value).toBe(180_000);
    expect(pack!.locum!.contributionsPaidPence.value).toBe(17_640);
    // Days: 2 locum days + 200 salaried = 202. Annualised: (£1,800 + £60,000) × 365 ÷ 202 = £111,673.27, over £65,191: 12.5%.
    expect(pack!.daysOfService.value).toBe(202);
    expect(pack!.locum!.tierDuePercent.value).toBe(12.5);
    // Due: £1,800 × 12.5% = £225.00; Box 5c: £225.00 − £176.40 = £48.60 owed.
    expect(pack!.locum!.box5cPence).toMatchObject({ value: 4_860, withinTolerance: false });
    expect(pack!.locum!.dueDate.value).toBe('2027-02-28');
    expect(pack!.otherRoles).toEqual([expect.objectContaining({ row: 2, pensionablePayPence: 6_000_000 })]);
    // Row 6: £1,800 + £60,000.
    expect(pack!.totalPence.value).toBe(6_180_000);
  });

  it('leaves out a month sent past the 10-week limit, naming it', () => {
    const [pack] = typeTwoPacks(ledger([salaried], 9.8), '2026-06-15');
    expect(pack!.leftOut.map((m) => m.month)).toEqual(['2025-11']);
    expect(pack!.leftOut[0]!.why).toContain('more than 10 weeks');
    expect(pack!.locum!.reconciliation.months.map((m) => m.month)).toEqual(['2025-10']);
  });

  it('says a month never sent, now past its limit, can no longer be pensioned', () => {
    const unsent = ledger([salaried], 9.8);
    unsent.submissions = unsent.submissions.filter((s) => s.month !== '2025-11');
    const [pack] = typeTwoPacks(unsent, '2026-06-15');
    expect(pack!.leftOut).toEqual([{ month: '2025-11', why: expect.stringContaining('Not sent, and now past the 10-week limit') }]);
  });

  it('with a whole-year Solo role and a tier ticked too high: a refund on row 3', () => {
    const [pack] = typeTwoPacks(ledger([solo], 12.5), '2026-06-15');
    // A whole-year Solo contract makes it 365 days: (£1,800 + £10,000) × 365 ÷ 365 = £11,800, up to £13,259: 5.2%.
    expect(pack!.daysOfService.value).toBe(365);
    expect(pack!.locum!.tierDuePercent.value).toBe(5.2);
    // Paid £1,800 × 12.5% = £225.00; due £1,800 × 5.2% = £93.60; Box 5c −£131.40, refunded.
    expect(pack!.locum!.box5cPence.value).toBe(-13_140);
    expect(pack!.otherRoles[0]!.row).toBe(3);
    expect(pack!.totalPence.value).toBe(1_180_000);
  });

  it("puts the year's OOH/Solo sessions in the ledger on row 3, at their whole fee, beside the roles from Settings", () => {
    const withShifts = ledger([salaried], 9.8);
    // Two OOH shifts of £300 and £250 in 2025/26 (one on a locum day, 07/10/2025), and one in 2024/25 that is not this year's.
    withShifts.sessions.push(
      session({ id: 'ooh-1', dateWorked: '2025-10-07', feePence: 30_000, workType: 'ooh', pensioned: false }),
      session({ id: 'ooh-2', dateWorked: '2026-01-10', feePence: 25_000, workType: 'ooh', pensioned: false }),
      session({ id: 'ooh-old', dateWorked: '2025-03-01', feePence: 99_900, workType: 'ooh', pensioned: false }),
    );
    const [pack] = typeTwoPacks(withShifts, '2026-06-15');
    expect(pack!.otherRoles).toEqual([
      expect.objectContaining({ row: 2, pensionablePayPence: 6_000_000 }),
      expect.objectContaining({ row: 3, pensionablePayPence: 55_000, description: 'Out-of-hours / Solo sessions in your ledger' }),
    ]);
    // Days: 2 locum + 200 salaried + 1 OOH day not already a locum day (10/01/2026) = 203.
    expect(pack!.daysOfService.value).toBe(203);
    // Row 6: £1,800 locum + £60,000 salaried + £550 Solo.
    expect(pack!.totalPence.value).toBe(6_235_000);
  });

  it('a year still open is an estimate that says when it closes', () => {
    const [pack] = typeTwoPacks(ledger([salaried], 9.8), '2026-01-15');
    expect(pack).toMatchObject({ closed: false, closesOn: '2026-03-31' });
    expect(pack!.locum!.pensionablePayPence.value).toBe(180_000);
  });
});
