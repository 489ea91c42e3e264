import { browser } from 'wxt/browser';
import type { PageToBackground } from './messages';
import { BackgroundReply } from '../shared/reply';
import type { PopupSummary } from './popup-summary';
import type { EnteredRateTable } from '../pension';
import type { RateTablesImported } from './store';
import type { Invoice, LedgerData, Practice, PracticeInvoice, Profile, Session, Settings } from './schemas';
import type { PageKindAnswer, PortalMapping } from '../shared/records';
import type { SafetyCopyNote } from './safety-copy-schema';
import type { FolderBackupStatus } from './folder-backup/status';

type Results = {
  'ledger/read': LedgerData;
  'popup/summary': PopupSummary;
  'session/save': Session;
  'sessions/save': Session[];
  'sessions/import': Session[];
  'sessions/delete': Session[];
  'sessions/mark-paid': Invoice[];
  'practice/save': Practice;
  'practice/delete': void;
  'profile/save': Profile;
  'settings/save': Settings;
  'ledger/replace': void;
  'practice-invoice/save': PracticeInvoice;
  'practice-invoice/delete': void;
  'portal-profile/import': { mappings: PortalMapping[]; answers: PageKindAnswer[] };
  'page-kind-answers/forget': void;
  'set-aside/discard': void;
  'rate-table/save': EnteredRateTable;
  'rate-table/delete': void;
  'rate-tables/import': RateTablesImported;
  'ledger/restore': void;
  'safety-copy/latest': SafetyCopyNote | null;
  'safety-copy/undo': void;
  'folder-backup/status': FolderBackupStatus;
};

/** Asks the background for a ledger operation; rejects with the background's plain-English error. */
export async function ask<R extends PageToBackground>(request: R): Promise<Results[R['type']]> {
  const reply = BackgroundReply.parse(await browser.runtime.sendMessage(request));
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as Results[R['type']];
}
