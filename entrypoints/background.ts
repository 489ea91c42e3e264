import { browser } from 'wxt/browser';
import { isOwnPage, isPortalPage, replyTo, replyToPortal } from '@/lib/background/router';
import type { OfferedForms } from '@/lib/background/portal-receipts';
import { DAILY_ALARM, runDailyCheck, scheduleDailyCheck } from '@/lib/background/daily-check';
import { openLedger } from '@/lib/ledger/db';
import { LedgerStore } from '@/lib/ledger/store';
import { todayInEngland } from '@/lib/shared/today';
import { TEST_BUILD } from '@/lib/shared/build-mode';
import { FILL_COMMAND, type BackgroundToContent } from '@/lib/portal/fill/fill-shortcut';
import { isLoadDemoRequest, testClockRequest } from '@/lib/dev/test-clock';
import { demoLedger } from '@/lib/dev/demo-ledger.mjs';

// The background owns the ledger database, the daily reminder check and its notifications.
export default defineBackground(() => {
  const store = openLedger().then((db) => new LedgerStore(db));
  const origin = browser.runtime.getURL('/');
  let testToday: string | undefined;
  const filledInTab = new Map<number, string>();
  const offeredInTab = new Map<number, OfferedForms>();
  const clock = () => {
    const now = new Date().toISOString();
    // A test build's moved "today" moves the time stamps with it, so "submitted on" agrees with the replica's date.
    return {
      today: testToday ?? todayInEngland(),
      now: testToday ? `${testToday}${now.slice(10)}` : now,
      newId: () => crypto.randomUUID(),
    };
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    if (isOwnPage(sender, browser.runtime.id, origin)) {
      const today = TEST_BUILD ? testClockRequest(message) : undefined;
      if (today) {
        testToday = today;
        return Promise.resolve({ ok: true, result: today });
      }
      return replyTo(store, message);
    }
    if (isPortalPage(sender, browser.runtime.id, TEST_BUILD)) {
      if (TEST_BUILD && isLoadDemoRequest(message))
        return store.then((s) => s.replaceAll(demoLedger(clock().today))).then(() => ({ ok: true }));
      return replyToPortal(store, message, {
        ...clock(),
        filledInTab,
        offeredInTab,
        ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      });
    }
    return undefined;
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FILL_COMMAND || tab?.id === undefined) return;
    const request: BackgroundToContent = { type: 'shortcut/fill' };
    // A tab without our content script (not PCSE Online) has no one to answer: nothing to do there.
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
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
