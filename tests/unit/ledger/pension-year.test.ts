// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adviceSentence } from '../../../lib/ledger/advice-sentence';
import { adviceFor, monthlyForms } from '../../../lib/ledger/forms';
import { monthsOfSchemeYear, pensionYearsToShow, rolesForYear } from '../../../lib/ledger/pension-year';
import { DEFAULT_SETTINGS, Settings, type LedgerData, type OtherRole, type Submission } from '../../../lib/ledger/schemas';
import { riverside, session } from '../../fixtures/ledger-records';

const salaried: OtherRole = { description: 'Salaried GP', kind: 'salaried', pensionablePayPence: 3_000_000, fullYear: false, days: 120 };
const solo: OtherRole = { description: 'Out-of-hours', kind: 'solo', pensionablePayPence: 4_000_000, fullYear: true };

/** Five days in May 2026 at £892.10: 90% is £802.89 a day, £4,014.45 in all (pension-rules.md §3.2). */
const mayWork = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08'].map((dateWorked, i) =>
  session({ id: `may-${i}`, dateWorked, feePence: 89_210, invoiceId: 'inv-may' }),
);
const juneWork = [session({ id: 'june', dateWorked: '2026-06-10', feePence: 89_210, invoiceId: 'inv-june' })];
const invoices = [
  { id: 'inv-may', practiceId: riverside.id, reference: 'M', sessionIds: mayWork.map((s) => s.id), paidOn: '2026-05-29' },
  { id: 'inv-june', practiceId: riverside.id, reference: 'J', sessionIds: ['june'], paidOn: '2026-06-30' },
];

function ledger(overrides: Partial<LedgerData> = {}, roles: OtherRole[] = []): LedgerData {
  return {
    profile: { name: 'Dr A', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles: roles },
    practices: [riverside],
    sessions: [...mayWork, ...juneWork],
    invoices,
    submissions: [],
    receipts: [],
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

function sentB(month: string, fields: Partial<Submission>): Submission {
  const at = `${month}-28T10:00:00.000Z`;
  return {
    id: `b-${month}`,
    kind: 'B',
    month,
    status: 'submitted',
    filled: {},
    amounts: {},
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    ...fields,
  };
}

const tierOf = (data: LedgerData, month: string) => monthlyForms(data, '2026-07-15').find((m) => m.month === month)!;

describe('the per-year model', () => {
  it('reads the profile roles for a year that has none of its own, and the year’s own list once saved, even empty', () => {
    const old = ledger({}, [salaried]);
    expect(rolesForYear(old, '2026/27')).toEqual([salaried]);
    const saved = { ...old, settings: { ...DEFAULT_SETTINGS, pensionYears: { '2026/27': { otherRoles: [] } } } };
    expect(rolesForYear(saved, '2026/27')).toEqual([]);
    expect(rolesForYear(saved, '2025/26')).toEqual([salaried]);
  });

  it('refuses a scheme year or month written wrongly, at its place', () => {
    expect(Settings.safeParse({ notifications: true, pensionYears: { '2026/27': { tickedFrom: { '2026-04': 9.8 } } } }).success).toBe(true);
    const badYear = Settings.safeParse({ notifications: true, pensionYears: { '2026-27': {} } });
    expect(badYear.error?.issues[0]?.path).toEqual(['pensionYears', '2026-27']);
    expect(Settings.safeParse({ notifications: true, pensionYears: { '2026/27': { tickedFrom: { '2026-13': 9.8 } } } }).success).toBe(
      false,
    );
    expect(
      Settings.safeParse({ notifications: true, pensionYears: { '2026/27': { otherRoles: [{ ...solo, kind: 'ooh' }] } } }).success,
    ).toBe(false);
  });

  it('offers the current year first, then years with work', () => {
    expect(pensionYearsToShow(ledger(), '2027-05-01')).toEqual(['2027/28', '2026/27']);
    expect(monthsOfSchemeYear('2026/27')).toEqual(
      [...'456789'].map((m) => `2026-0${m}`).concat(['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03']),
    );
  });
});

describe('the tier ticked on each Locum B', () => {
  it('is the advised one when nothing says otherwise', () => {
    expect(tierOf(ledger(), '2026-06')).toMatchObject({ ratePercent: 12.5, ticked: { from: 'advised' } });
  });

  it('defaults to the tier on the last Locum B sent, read from its amounts when it kept no rate', () => {
    const byRate = ledger({ submissions: [sentB('2026-05', { ratePercent: 9.8 })] });
    expect(tierOf(byRate, '2026-06')).toMatchObject({ ratePercent: 9.8, ticked: { from: 'sent', month: '2026-05' } });
    // Box b ÷ box a: £392.11 on £4,014.45 is 9.77%, the 9.8% tier's amount rounded.
    const byAmounts = ledger({ submissions: [sentB('2026-05', { amounts: { a: 401_445, b: 39_342 } })] });
    expect(tierOf(byAmounts, '2026-06').ratePercent).toBe(9.8);
  });

  it('follows a change set in Settings from the month it was made', () => {
    const pensionYears = { '2026/27': { tickedFrom: { '2026-04': 8.3, '2026-06': 9.8 } } };
    const data = ledger({ settings: { ...DEFAULT_SETTINGS, pensionYears }, submissions: [sentB('2026-05', { ratePercent: 12.5 })] });
    expect(tierOf(data, '2026-05')).toMatchObject({ ratePercent: 8.3, ticked: { from: 'settings', month: '2026-04' } });
    expect(tierOf(data, '2026-06')).toMatchObject({ ratePercent: 9.8, ticked: { from: 'settings', month: '2026-06' } });
    expect(tierOf(data, '2026-06').formB.b).toBe(7_868); // £80.29 pensionable × 9.8% = £7.8684… → £78.68
  });
});

describe('the advice in one sentence', () => {
  it('says a locum-only year plainly, as an estimate', () => {
    const advice = adviceFor(ledger({ sessions: mayWork }), '2026-05-31');
    // £4,014.45 × 365 ÷ 5 = £293,054.85: over £67,669, so 12.5% (pension-rules.md §5.1, Period F).
    expect(adviceSentence(advice, '2026-06-01')).toBe(
      'You earned £4,014 in pensionable pay over 5 days. Spread over a whole year that is £293,054, in the 12.5% band. This is an estimate and will change as you record more work.',
    );
  });

  it('adds a whole-year Solo role without grossing up, and says when the year has ended', () => {
    const advice = adviceFor(ledger({ sessions: mayWork }, [solo]), '2026-05-31');
    // £4,014.45 + £40,000 = £44,014.45 over 365 days: £35,156 to £52,778, so 9.8% (year-end.md §3.2).
    expect(adviceSentence(advice, '2027-04-02')).toBe(
      'You earned £4,014 in pensionable pay over 5 days. With your out-of-hours (Solo) work (£40,000, the whole year), your NHS practitioner pay is £44,014. A role covers the whole year, so nothing is grossed up: £44,014 is in the 9.8% band. The year has ended, so this is the tier due for the whole year.',
    );
  });
});
