import { browser } from 'wxt/browser';
import { isOwnPage, replyTo } from '@/lib/ledger/background-router';
import { openLedger } from '@/lib/ledger/db';
import { LedgerStore } from '@/lib/ledger/store';

// The background owns the ledger database; pages reach it only through validated messages.
export default defineBackground(() => {
  const store = openLedger().then((db) => new LedgerStore(db));
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isOwnPage(sender, browser.runtime.id, origin)) return undefined;
    return replyTo(store, message);
  });
});
