import { dueReminders, type Reminder } from '../ledger/reminders';
import type { LedgerStore } from '../ledger/store';

export const DAILY_ALARM = 'locum-ledger-daily-check';
const DAY_MINUTES = 24 * 60;

type Alarms = { create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown };

/** One check a day, first a minute after the browser starts. Alarms survive the MV3 service worker going to sleep. */
export async function scheduleDailyCheck(alarms: Alarms): Promise<void> {
  await alarms.create(DAILY_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
}

/**
 * Reads the ledger and notifies each reminder due today, unless notifications are switched off in Settings; a reminder
 * shown only once is then remembered in the settings.
 */
export async function runDailyCheck(
  store: LedgerStore,
  today: string,
  notify: (reminder: Reminder) => Promise<unknown>,
): Promise<Reminder[]> {
  const ledger = await store.read();
  if (!ledger.settings.notifications) return [];
  const due = dueReminders(ledger, today);
  for (const reminder of due) await notify(reminder);
  const remembered = due.filter((reminder) => reminder.onceShown).map((reminder) => reminder.onceShown);
  if (remembered.length > 0) await store.saveSettings(Object.assign({ ...ledger.settings }, ...remembered));
  return due;
}
