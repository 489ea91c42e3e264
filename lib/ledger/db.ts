import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Invoice, Practice, PracticeInvoice, Profile, Receipt, Session, SetAsideRecord, Settings, Submission } from './schemas';
import type { PageKindAnswer, PortalMapping } from '../shared/records';
import type { EnteredRateTable } from '../pension';
import type { SafetyCopy } from './safety-copy-schema';
import type { FolderBackupRecord } from './folder-backup/record';

const DB_NAME = 'locum-ledger';

export interface LedgerSchema extends DBSchema {
  profile: { key: 'me'; value: Profile };
  practices: { key: string; value: Practice };
  sessions: { key: string; value: Session; indexes: { byDateWorked: string; byPractice: string } };
  invoices: { key: string; value: Invoice };
  submissions: { key: string; value: Submission; indexes: { byMonth: string } };
  receipts: { key: string; value: Receipt };
  settings: { key: 'settings'; value: Settings };
  portalMappings: { key: string; value: PortalMapping; indexes: { byPageKind: string } };
  practiceInvoices: { key: string; value: PracticeInvoice };
  setAside: { key: string; value: SetAsideRecord };
  /** A user's own tier table for a scheme year, one per year: keyed by the year ("2027/28"). */
  rateTables: { key: string; value: EnteredRateTable };
  /** The ledger as it was before each restore and import, so either can be undone (safety-copies.ts). Not part of the ledger. */
  safetyCopies: { key: string; value: SafetyCopy };
  /** This computer's folder backup settings (handle, key, name, status): not ledger data, so never in a backup or replaced by a restore. */
  folderBackup: { key: 'folder'; value: FolderBackupRecord };
  /** The user's answers to "What is this page?", keyed by the page's structure fingerprint: one answer per page. */
  pageKindAnswers: { key: string; value: PageKindAnswer };
}

export type LedgerDatabase = IDBPDatabase<LedgerSchema>;
type UpgradeTransaction = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'versionchange'>;
type Migration = (db: LedgerDatabase, transaction: UpgradeTransaction) => void;

/**
 * Schema migrations, one function per version: MIGRATIONS[n] upgrades version n to n + 1. They run in order inside
 * IndexedDB's upgrade transaction, so a failure leaves the database at its old version with nothing changed.
 */
export const MIGRATIONS: readonly Migration[] = [
  function createLedgerStores(db) {
    db.createObjectStore('profile');
    db.createObjectStore('practices', { keyPath: 'id' });
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('byDateWorked', 'dateWorked');
    sessions.createIndex('byPractice', 'practiceId');
    db.createObjectStore('invoices', { keyPath: 'id' });
    db.createObjectStore('submissions', { keyPath: 'id' }).createIndex('byMonth', 'month');
    db.createObjectStore('receipts', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  function addPortalAssistantStores(db) {
    db.createObjectStore('portalMappings', { keyPath: 'id' }).createIndex('byPageKind', 'pageKind');
    db.createObjectStore('practiceInvoices', { keyPath: 'id' });
  },
  function addSetAsideStore(db) {
    db.createObjectStore('setAside', { keyPath: 'id' });
  },
  function addRateTablesStore(db) {
    db.createObjectStore('rateTables', { keyPath: 'schemeYear' });
  },
  function addSafetyCopiesStore(db) {
    db.createObjectStore('safetyCopies', { keyPath: 'id' });
  },
  function addFolderBackupStore(db) {
    db.createObjectStore('folderBackup');
  },
  function addPageKindAnswersStore(db) {
    db.createObjectStore('pageKindAnswers', { keyPath: 'fingerprint' });
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function openLedger(name = DB_NAME, version = SCHEMA_VERSION): Promise<LedgerDatabase> {
  return openDB<LedgerSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, transaction) {
      // A failed upgrade rejects the open itself; the aborted transaction's own rejection says nothing more.
      transaction.done.catch(() => undefined);
      for (let from = oldVersion; from < (newVersion ?? version); from++) MIGRATIONS[from]!(db, transaction);
    },
  });
}

export const RECORD_STORES = [
  'practices',
  'sessions',
  'invoices',
  'submissions',
  'receipts',
  'portalMappings',
  'practiceInvoices',
  'rateTables',
  'pageKindAnswers',
] as const;
/** The ledger itself: what a restore replaces. */
export const ALL_STORES = [...RECORD_STORES, 'profile', 'settings'] as const;
/** Every store a write may touch: the ledger and the records set aside from it, which only the user's Discard removes. */
export const WRITE_STORES = [...ALL_STORES, 'setAside'] as const;
