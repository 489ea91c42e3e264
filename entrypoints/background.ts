import { browser } from 'wxt/browser';
import { isOwnPage, replyTo } from '@/lib/ledger/background-router';
import { DAILY_ALARM, runDailyCheck, scheduleDailyCheck } from '@/lib/ledger/daily-check';
import { openLedger } from '@/lib/ledger/db';
import { LedgerStore } from '@/lib/ledger/store';
import { todayInEngland } from '@/lib/today';

// The background owns the ledger database, the daily reminder check and its notifications.
export default defineBackground(() => {
  const store = openLedger().then((db) => new LedgerStore(db));
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isOwnPage(sender, browser.runtime.id, origin)) return undefined;
    return replyTo(store, message);
  });

  browser.runtime.onInstalled.addListener(() => void scheduleDailyCheck(browser.alarms));
  browser.runtime.onStartup.addListener(() => void scheduleDailyCheck(browser.alarms));
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== DAILY_ALARM) return;
    await runDailyCheck(await store, todayInEngland(), (reminder) =>
      // The view rides in the id: the service worker may have slept and forgotten everything by the time it is clicked.
      browser.notifications.create(`${reminder.view}|${reminder.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: reminder.title,
        message: reminder.message,
      }),
    );
  });
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#${id.split('|')[0]}`) });
    void browser.notifications.clear(id);
  });
});
