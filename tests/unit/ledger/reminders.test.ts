import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAILY_ALARM, runDailyCheck, scheduleDailyCheck } from '../../../lib/background/daily-check';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { backupDue, dueReminders } from '../../../lib/ledger/reminders';
import { DEFAULT_SETTINGS, type LedgerData } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { riverside, session } from '../../fixtures/ledger-records';

const ledger = (overrides: Partial<LedgerData> = {}): LedgerData => ({
  profile: null,
  practices: [riverside],
  sessions: [session({ id: 'a', dateWorked: '2026-09-01' })],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: { ...DEFAULT_SETTINGS, lastBackupAt: '2026-11-01T09:00:00.000Z', lastChangeAt: '2026-10-01T09:00:00.000Z' },
  ...overrides,
});

describe('10-week reminders', () => {
  // 01/09/2026 + 70 days = 10/11/2026.
  it.each([
    ['2026-10-27', 14],
    ['2026-11-03', 7],
    ['2026-11-08', 2],
  ])('on %s, %i days before the limit', (today, days) => {
    expect(dueReminders(ledger(), today).map((r) => r.title)).toEqual([`${days} days left to pension work at Riverside Medical Centre`]);
  });

  it.each([['2026-10-26'], ['2026-11-04'], ['2026-11-10']])('not on %s', (today) => {
    expect(dueReminders(ledger(), today)).toEqual([]);
  });

  it('stop once the Locum A is submitted', () => {
    const sent = ledger({
      sessions: [session({ id: 'a', dateWorked: '2026-09-01', invoiceId: 'i' })],
      invoices: [{ id: 'i', practiceId: riverside.id, reference: '', sessionIds: ['a'], paidOn: '2026-09-30' }],
      submissions: [
        {
          id: 's',
          kind: 'A',
          month: '2026-09',
          invoiceId: 'i',
          status: 'submitted',
          filled: {},
          amounts: {},
          createdAt: '2026-10-01T10:00:00Z',
          updatedAt: '2026-10-01T10:00:00Z',
          submittedAt: '2026-10-01T10:00:00Z',
        },
      ],
    });
    expect(dueReminders(sent, '2026-10-27').map((r) => r.view)).not.toContain('sessions');
  });
});

describe('Locum B and approval reminders', () => {
  const paid = ledger({
    sessions: [session({ id: 'a', dateWorked: '2026-10-06', invoiceId: 'i' })],
    invoices: [{ id: 'i', practiceId: riverside.id, reference: '', sessionIds: ['a'], paidOn: '2026-10-30' }],
  });

  it('reminds of a Locum B due within 3 days, not 4', () => {
    expect(dueReminders(paid, '2026-11-04').map((r) => r.id)).toContain('form-b 2026-10');
    expect(dueReminders(paid, '2026-11-03').map((r) => r.id)).not.toContain('form-b 2026-10');
  });

  it('reminds when a Locum A has waited more than 7 days for approval', () => {
    const waiting = ledger({
      submissions: [
        {
          id: 's',
          kind: 'A',
          month: '2026-10',
          status: 'submitted',
          filled: {},
          amounts: {},
          createdAt: '2026-11-01T10:00:00Z',
          updatedAt: '2026-11-01T10:00:00Z',
          submittedAt: '2026-11-01T10:00:00Z',
        },
      ],
    });
    expect(dueReminders(waiting, '2026-11-09').map((r) => r.id)).toContain('approval s');
    expect(dueReminders(waiting, '2026-11-08').map((r) => r.id)).not.toContain('approval s');
  });
});

describe('backup reminder', () => {
  it('is due when the ledger changed after a backup over 30 days old, or was never backed up', () => {
    const settings = (lastBackupAt: string | undefined, lastChangeAt: string) =>
      ledger({ settings: { notifications: true, lastChangeAt, ...(lastBackupAt ? { lastBackupAt } : {}) } });
    expect(backupDue(settings('2026-10-01T09:00:00Z', '2026-11-15T09:00:00Z'), '2026-11-21')).toBe(true);
    expect(backupDue(settings('2026-10-25T09:00:00Z', '2026-11-15T09:00:00Z'), '2026-11-21')).toBe(false);
    expect(backupDue(settings('2026-10-01T09:00:00Z', '2026-09-15T09:00:00Z'), '2026-11-21')).toBe(false);
    expect(backupDue(settings(undefined, '2026-11-15T09:00:00Z'), '2026-11-21')).toBe(true);
  });
});

describe('the daily check', () => {
  let db: LedgerDatabase;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await openLedger(`daily-${crypto.randomUUID()}`);
  });
  afterEach(() => db.close());

  it('is scheduled once a day', async () => {
    await scheduleDailyCheck(fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toMatchObject({ name: DAILY_ALARM, periodInMinutes: 1440 });
  });

  it('notifies what is due, and nothing when notifications are off', async () => {
    const store = new LedgerStore(db);
    await store.replaceAll(ledger());
    const shown: string[] = [];
    await runDailyCheck(store, '2026-11-03', async (reminder) => shown.push(reminder.title));
    expect(shown).toEqual(['7 days left to pension work at Riverside Medical Centre']);
    await store.replaceAll(ledger({ settings: { notifications: false } }));
    expect(await runDailyCheck(store, '2026-11-03', async () => undefined)).toEqual([]);
  });
});
