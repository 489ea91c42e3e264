import type { PageToBackground } from '../ledger/messages';
import { markPaid } from '../ledger/invoices';
import { popupSummary } from '../ledger/popup-summary';
import type { LedgerStore, WriteOptions } from '../ledger/store';
import { folderBackupStatus } from '../ledger/folder-backup/status';

/**
 * What the background does for each page request. Pure dispatch over the store, so it is unit-testable without a browser.
 * `parsed` goes with the records the request carries, so the store parses each of them once (see WriteOptions).
 */
export async function handleRequest(
  store: LedgerStore,
  request: PageToBackground,
  parsed: WriteOptions = {},
  newId: () => string = () => crypto.randomUUID(),
): Promise<unknown> {
  switch (request.type) {
    case 'ledger/read':
      return store.read();
    case 'popup/summary':
      return popupSummary(await store.read(), request.today);
    case 'session/save':
      return store.saveSession(request.session, parsed);
    case 'sessions/save':
      return store.saveSessions(request.sessions, request.practices, request.invoices, parsed);
    case 'sessions/import':
      // An import can add hundreds of sessions at once, so a copy of the ledger is kept before it for Undo import.
      return store.keepingSafetyCopy('import', () => store.saveSessions(request.sessions, request.practices, request.invoices, parsed));
    case 'sessions/delete':
      return store.deleteSessions(request.ids);
    case 'sessions/mark-paid': {
      const ledger = await store.read();
      const chosen = ledger.sessions.filter((session) => request.ids.includes(session.id));
      const paid = markPaid(chosen, ledger.invoices, request.paidOn, newId);
      return store.saveInvoicesAndSessions(paid.invoices, paid.sessions);
    }
    case 'practice/save':
      return store.savePractice(request.practice, parsed);
    case 'practice/delete':
      return store.deletePractice(request.id);
    case 'profile/save':
      return store.saveProfile(request.profile, parsed);
    case 'settings/save':
      return store.saveSettings(request.settings, parsed);
    case 'ledger/replace':
      return store.replaceAll(request.data);
    case 'practice-invoice/save':
      return store.savePracticeInvoice(request.invoice, parsed);
    case 'practice-invoice/delete':
      return store.deletePracticeInvoice(request.id);
    case 'portal-profile/import':
      return store.importPortalProfile(request.mappings, request.answers, parsed);
    case 'page-kind-answers/forget':
      return store.deletePageKindAnswers(request.fingerprints);
    case 'set-aside/discard':
      return store.discardSetAside(request.ids);
    case 'rate-table/save':
      return store.saveRateTable(request.table, parsed);
    case 'rate-table/delete':
      return store.deleteRateTable(request.schemeYear);
    case 'rate-tables/import':
      return store.replaceRateTables(request.tables, parsed);
    case 'ledger/restore':
      return store.keepingSafetyCopy('restore', () => store.replaceAll(request.data));
    case 'safety-copy/latest':
      return store.latestSafetyCopy();
    case 'safety-copy/undo':
      return store.undoToSafetyCopy(request.id);
    case 'folder-backup/status':
      return folderBackupStatus();
  }
}
