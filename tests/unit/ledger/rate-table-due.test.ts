import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDailyCheck } from '../../../lib/background/daily-check';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { popupSummary } from '../../../lib/ledger/popup-summary';
import { dueReminders } from '../../../lib/ledger/reminders';
import { DEFAULT_SETTINGS, type LedgerData } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { oneOfEach } from '../../fixtures/ledger-records';

const TABLE_2027 = oneOfEach.rateTables;

const ledger = (overrides: Partial<LedgerData> = {}): LedgerData => ({
  profile: null,
  practices: [],
  sessions: [],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: DEFAULT_SETTINGS,
  ...overrides,
});

const rateReminders = (data: LedgerData, today: string) => dueReminders(data, today).filter((r) => r.view === 'rates');

describe("the spring reminder to bring NHSBSA's tier table", () => {
  it.each([
    ['2027-03-01', '2027/28'],
    ['2027-03-31', '2027/28'],
    ['2027-04-01', '2027/28'],
    ['2027-04-30', '2027/28'],
  ])('is due on %s, for %s', (today, schemeYear) => {
    expect(popupSummary(ledger(), today).rateTableDue).toBe(schemeYear);
    expect(rateReminders(ledger(), today)).toEqual([
      {
        id: `rate-table ${schemeYear}`,
        title: `Check NHSBSA's ${schemeYear} tier table`,
        message: `NHSBSA publishes the tier table for ${schemeYear} in the spring: check it and enter it on Locum Ledger's Rates page.`,
        view: 'rates',
        onceShown: { ratesRemindedFor: schemeYear },
      },
    ]);
  });

  it.each([['2027-02-28'], ['2027-05-01'], ['2026-12-06']])('is not due on %s', (today) => {
    expect(popupSummary(ledger(), today).rateTableDue).toBeUndefined();
    expect(rateReminders(ledger(), today)).toEqual([]);
  });

  it('is not due once the year is entered, nor for a year this build has confirmed', () => {
    const entered = ledger({ rateTables: [TABLE_2027] });
    expect(popupSummary(entered, '2027-04-20').rateTableDue).toBeUndefined();
    expect(rateReminders(entered, '2027-04-20')).toEqual([]);
    // 2025/26 is confirmed (SI 2025/821) in the built-in tables.
    expect(rateReminders(ledger(), '2025-04-20')).toEqual([]);
  });

  it('is still due for a provisional year: 2026/27 in April 2026', () => {
    expect(popupSummary(ledger(), '2026-04-20').rateTableDue).toBe('2026/27');
  });
});

describe('the daily check notifies the tier table once per scheme year', () => {
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = await openLedger(`rates-reminder-${crypto.randomUUID()}`);
  });
  afterEach(() => db.close());

  it('notifies on the first day it runs in the window, remembers it, and stays quiet until the next spring', async () => {
    const store = new LedgerStore(db);
    await store.replaceAll(ledger());
    const shown: string[] = [];
    const notify = async (reminder: { id: string }) => shown.push(reminder.id);
    await runDailyCheck(store, '2027-03-14', notify);
    await runDailyCheck(store, '2027-03-15', notify);
    await runDailyCheck(store, '2027-04-20', notify);
    expect(shown).toEqual(['rate-table 2027/28']);
    expect((await store.read()).settings.ratesRemindedFor).toBe('2027/28');
    await runDailyCheck(store, '2028-03-01', notify);
    expect(shown).toEqual(['rate-table 2027/28', 'rate-table 2028/29']);
  });
});
