// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adviceFor, formsAOf, monthlyForms } from '../../../lib/ledger/forms';
import { markPaid } from '../../../lib/ledger/invoices';
import { periodsOf } from '../../../lib/ledger/periods';
import { DEFAULT_SETTINGS, type LedgerData } from '../../../lib/ledger/schemas';
import { elmTree, riverside, session } from '../../fixtures/ledger-records';

const ledger = (overrides: Partial<LedgerData> = {}): LedgerData => ({
  profile: {
    name: 'Dr Alex Morgan',
    sdNumber: '84123456',
    niNumber: 'QQ123456C',
    gmcNumber: '7012345',
    dateOfBirth: '1984-06-12',
    email: '',
    otherRoles: [],
  },
  practices: [riverside, elmTree],
  sessions: [],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: DEFAULT_SETTINGS,
  ...overrides,
});

describe('periodsOf', () => {
  it('merges consecutive days into Form A rows', () => {
    expect(periodsOf(['2026-05-09', '2026-05-03', '2026-05-02', '2026-05-04', '2026-05-03'])).toEqual([
      { from: '2026-05-02', to: '2026-05-04' },
      { from: '2026-05-09', to: '2026-05-09' },
    ]);
  });
});

describe('markPaid', () => {
  it('makes one invoice per practice for uninvoiced sessions, and dates existing invoices', () => {
    const sessions = [
      session({ id: 'a' }),
      session({ id: 'b', practiceId: elmTree.id }),
      session({ id: 'c' }),
      session({ id: 'd', invoiceId: 'inv-old' }),
    ];
    let n = 0;
    const result = markPaid(
      sessions,
      [{ id: 'inv-old', practiceId: riverside.id, reference: 'R-1', sessionIds: ['d'] }],
      '2026-10-30',
      () => `inv-${++n}`,
    );
    expect(result.invoices).toEqual([
      { id: 'inv-old', practiceId: riverside.id, reference: 'R-1', sessionIds: ['d'], paidOn: '2026-10-30' },
      { id: 'inv-1', practiceId: riverside.id, reference: '', sessionIds: ['a', 'c'], paidOn: '2026-10-30' },
      { id: 'inv-2', practiceId: elmTree.id, reference: '', sessionIds: ['b'], paidOn: '2026-10-30' },
    ]);
    expect(result.sessions.map((s) => s.invoiceId)).toEqual(['inv-1', 'inv-2', 'inv-1', 'inv-old']);
  });
});

describe('forms from the ledger', () => {
  const sessions = [
    session({ id: 'a', dateWorked: '2026-10-05', invoiceId: 'i1', feePence: 85000 }),
    session({ id: 'b', dateWorked: '2026-10-06', invoiceId: 'i1', feePence: 85000 }),
    session({ id: 'c', dateWorked: '2026-10-08', invoiceId: 'i2', practiceId: elmTree.id, feePence: 60000 }),
    session({ id: 'ooh', dateWorked: '2026-10-09', invoiceId: 'i2', practiceId: elmTree.id, workType: 'ooh', feePence: 99900 }),
    session({ id: 'unpaid', dateWorked: '2026-10-20', feePence: 70000 }),
  ];
  const invoices = [
    { id: 'i1', practiceId: riverside.id, reference: 'R-10', sessionIds: ['a', 'b'], paidOn: '2026-10-30' },
    { id: 'i2', practiceId: elmTree.id, reference: 'E-10', sessionIds: ['c', 'ooh'], paidOn: '2026-11-02' },
  ];

  it('builds a Locum A per paid invoice, leaving out OOH and unpaid work', () => {
    const forms = formsAOf(ledger({ sessions, invoices }));
    expect(forms.map((f) => [f.invoice.id, f.formA.box1, f.formA.periods])).toEqual([
      ['i1', 170000, [{ from: '2026-10-05', to: '2026-10-06' }]],
      ['i2', 60000, [{ from: '2026-10-08', to: '2026-10-08' }]],
    ]);
  });

  it('leaves out a session only booked, even on a paid invoice, until it is marked worked', () => {
    const booked = sessions.map((s) => (s.id === 'b' ? { ...s, booked: true as const } : s));
    expect(formsAOf(ledger({ sessions: booked, invoices }))[0]!.formA.box1).toBe(85000);
  });

  it("leaves out a paid invoice with work before the rules engine's years, and projects a far-future one, rather than failing every month", () => {
    // A CSV row dated 05/05/10 or 01/01/2099 and paid in 2026 made formsAOf throw, and with it the months view, the
    // popup and the daily reminders (the hostile-file fuzz tests in tests/unit/security catch it too). Years after
    // the last known table are projected from it, so 2099 builds (flagged as future work and projected rates).
    const early = [
      session({ id: 'old', dateWorked: '2010-05-05', invoiceId: 'i-old' }),
      session({ id: 'far', dateWorked: '2099-01-01', invoiceId: 'i-far' }),
    ];
    const paid = [
      { id: 'i-old', practiceId: riverside.id, reference: '', sessionIds: ['old'], paidOn: '2026-10-30' },
      { id: 'i-far', practiceId: riverside.id, reference: '', sessionIds: ['far'], paidOn: '2026-10-30' },
    ];
    const data = ledger({ sessions: [...sessions, ...early], invoices: [...invoices, ...paid] });
    expect(formsAOf(data).map((f) => f.invoice.id)).toEqual(['i1', 'i2', 'i-far']);
    expect(monthlyForms(data, '2026-11-03').map((m) => m.month)).toEqual(['2099-01', '2026-11', '2026-10']);
  });

  it('groups Locum As into the month paid, with the Form B, the advised tier and findings', () => {
    const months = monthlyForms(ledger({ sessions, invoices }), '2026-11-03');
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-10']);
    const october = months[1]!;
    expect(october.formB).toMatchObject({ a: 153000, h: 22001, paymentReference: '84123456LOCOCT2026' });
    // 5 pensioned days, £2,340 pensionable (incl. the unpaid session) × 365 ÷ 4 distinct days … top tier.
    expect(october.advice.ratePercent).toBe(12.5);
    expect(october.findings.map((f) => f.code)).toEqual(['PROVISIONAL_RATES']);
    expect(months[0]!.formB.j).toBe(153000 + 54000);
  });

  it('uses the chosen tier when it is a rate of the period, and flags the mismatch', () => {
    const months = monthlyForms(
      ledger({ sessions, invoices, settings: { ...DEFAULT_SETTINGS, chosenRates: { '2026-27': 9.8 } } }),
      '2026-11-03',
    );
    expect(months[1]!.ratePercent).toBe(9.8);
    expect(months[1]!.findings.map((f) => f.code)).toContain('TIER_MISMATCH');
  });

  it('advises the lowest tier before any work, instead of failing', () => {
    expect(adviceFor(ledger(), '2026-05-01').ratePercent).toBe(5.2);
  });
});

describe('checking a month as of the day it reached PCSE', () => {
  const sessions = [session({ id: 'a', dateWorked: '2026-06-02', invoiceId: 'i1' })];
  const invoices = [{ id: 'i1', practiceId: riverside.id, reference: '', sessionIds: ['a'], paidOn: '2026-06-30' }];
  const submittedA = {
    id: 'sa',
    kind: 'A' as const,
    month: '2026-06',
    invoiceId: 'i1',
    status: 'approved' as const,
    filled: {},
    amounts: {},
    createdAt: '2026-07-01T09:00:00Z',
    updatedAt: '2026-07-01T09:00:00Z',
    submittedAt: '2026-07-01T09:00:00Z',
  };

  it('finds the 10-week limit passed for forms not yet sent', () => {
    expect(monthlyForms(ledger({ sessions, invoices }), '2026-11-21')[0]!.findings.map((f) => f.code)).toContain('TEN_WEEK_EXCEEDED');
  });

  it('does not fault forms that were sent in time', () => {
    expect(
      monthlyForms(ledger({ sessions, invoices, submissions: [submittedA] }), '2026-11-21')[0]!.findings.map((f) => f.code),
    ).not.toContain('TEN_WEEK_EXCEEDED');
  });
});

describe('monthlyForms limited to some months', () => {
  it('builds only those months, with the same figures as the full run', () => {
    const sessions = [
      session({ id: 'a', dateWorked: '2026-09-02', invoiceId: 'i1' }),
      session({ id: 'b', dateWorked: '2026-10-06', invoiceId: 'i2' }),
    ];
    const invoices = [
      { id: 'i1', practiceId: riverside.id, reference: '', sessionIds: ['a'], paidOn: '2026-09-30' },
      { id: 'i2', practiceId: riverside.id, reference: '', sessionIds: ['b'], paidOn: '2026-10-30' },
    ];
    const all = monthlyForms(ledger({ sessions, invoices }), '2026-11-03');
    const only = monthlyForms(ledger({ sessions, invoices }), '2026-11-03', new Set(['2026-10']));
    expect(only.map((m) => m.month)).toEqual(['2026-10']);
    expect(only[0]).toEqual(all.find((m) => m.month === '2026-10'));
  });
});
