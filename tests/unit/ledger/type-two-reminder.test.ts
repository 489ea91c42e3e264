import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runDailyCheck } from '../../../lib/background/daily-check';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { dueReminders } from '../../../lib/ledger/reminders';
import { DEFAULT_SETTINGS, type LedgerData, type Profile } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { riverside, session } from '../../fixtures/ledger-records';

// year-end.md §3.1: "submit your 2024/25 Type 2 form by 28 February 2026", so 2025/26's is due by 28/02/2027.
const salaried = { description: 'Salaried GP', pensionablePayPence: 6_000_000, fullYear: true, kind: 'salaried' as const };

const ledger = (otherRoles: Profile['otherRoles']): LedgerData => ({
  profile: { name: 'Dr A Locum', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles },
  practices: [riverside],
  sessions: [session({ id: 'oct', dateWorked: '2025-10-07', invoiceId: 'i' })],
  invoices: [{ id: 'i', practiceId: riverside.id, reference: '', sessionIds: ['oct'], paidOn: '2025-10-20' }],
  submissions: [],
  receipts: [],
  settings: { ...DEFAULT_SETTINGS, lastBackupAt: '2027-01-01T09:00:00.000Z', lastChangeAt: '2026-12-01T09:00:00.000Z' },
});

const typeTwo = (data: LedgerData, today: string) => dueReminders(data, today).filter((r) => r.id.startsWith('type-two'));

describe('the Type 2 reminder', () => {
  it.each([['2027-01-31'], ['2027-03-01']])('is not shown on %s', (today) => {
    expect(typeTwo(ledger([salaried]), today)).toEqual([]);
  });

  it('is shown from 1 February, and opens the Type 2 tab', () => {
    expect(typeTwo(ledger([salaried]), '2027-02-01')).toEqual([
      {
        id: 'type-two 2025/26',
        title: 'Type 2 form for 2025/26 due by 28/02/2027',
        message: 'Your Type 2 form for 2025/26 is due by 28/02/2027: your locum figures are ready',
        view: 'type2',
        onceShown: { typeTwoRemindedFor: '2025/26' },
      },
    ]);
    expect(typeTwo(ledger([salaried]), '2027-02-28')).toHaveLength(1);
  });

  it('is not shown to a locum with no other role, or with only a partner (Type 1) role', () => {
    expect(typeTwo(ledger([]), '2027-02-01')).toEqual([]);
    expect(typeTwo(ledger([{ ...salaried, kind: 'partner' }]), '2027-02-01')).toEqual([]);
  });

  it('is not shown for a year with no locum Form Bs', () => {
    expect(typeTwo(ledger([salaried]), '2026-02-01')).toEqual([]);
  });

  describe('through the daily check', () => {
    let db: LedgerDatabase;
    beforeEach(async () => {
      fakeBrowser.reset();
      db = await openLedger(`type-two-${crypto.randomUUID()}`);
    });
    afterEach(() => db.close());

    it('is shown once only', async () => {
      const store = new LedgerStore(db);
      await store.replaceAll(ledger([salaried]));
      const shown: string[] = [];
      const notify = async (reminder: { id: string }) => shown.push(reminder.id);
      await runDailyCheck(store, '2027-02-01', notify);
      await runDailyCheck(store, '2027-02-02', notify);
      expect(shown.filter((id) => id.startsWith('type-two'))).toEqual(['type-two 2025/26']);
      expect((await store.read()).settings.typeTwoRemindedFor).toBe('2025/26');
    });
  });
});
