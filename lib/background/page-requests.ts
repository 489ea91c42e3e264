import type { PageToBackground } from '../ledger/messages';
import { markPaid } from '../ledger/invoices';
import { popupSummary } from '../ledger/popup-summary';
import type { LedgerStore } from '../ledger/store';

/** What the background does for each page request. Pure dispatch over the store, so it is unit-testable without a browser. */
export async function handleRequest(store: LedgerStore, request: PageToBackground, newId: () => string = () => crypto.randomUUID()): Promise<unknown> {
  switch (request.type) {
    case 'ledger/read':
      return store.read();
    case 'popup/summary':
      return popupSummary(await store.read(), request.today);
    case 'session/save':
      return store.saveSession(request.session);
    case 'sessions/save':
      return store.saveSessions(request.sessions, request.practices, request.invoices);
    case 'sessions/delete':
      return store.deleteSessions(request.ids);
    case 'sessions/mark-paid': {
      const ledger = await store.read();
      const chosen = ledger.sessions.filter((session) => request.ids.includes(session.id));
      const paid = markPaid(chosen, ledger.invoices, request.paidOn, newId);
      return store.saveInvoicesAndSessions(paid.invoices, paid.sessions);
    }
    case 'practice/save':
      return store.savePractice(request.practice);
    case 'practice/delete':
      return store.deletePractice(request.id);
    case 'profile/save':
      return store.saveProfile(request.profile);
    case 'settings/save':
      return store.saveSettings(request.settings);
    case 'ledger/replace':
      return store.replaceAll(request.data);
    case 'practice-invoice/save':
      return store.savePracticeInvoice(request.invoice);
    case 'practice-invoice/delete':
      return store.deletePracticeInvoice(request.id);
    case 'portal-mappings/replace':
      return store.replacePortalMappings(request.mappings);
    case 'set-aside/discard':
      return store.discardSetAside(request.ids);
  }
}
