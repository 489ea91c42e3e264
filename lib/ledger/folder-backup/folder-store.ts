import { openLedger, type LedgerDatabase } from '../db';
import type { FolderBackupRecord } from './record';

const KEY = 'folder';

/**
 * The dashboard keeps the folder's handle and key itself: a directory handle cannot cross runtime messages (they are
 * JSON), so it opens the ledger database for this one store, briefly, and closes it so it never holds up an upgrade.
 */
async function withLedgerDatabase<T>(work: (db: LedgerDatabase) => Promise<T>): Promise<T> {
  const db = await openLedger();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export const readFolderSettings = (): Promise<FolderBackupRecord | undefined> => withLedgerDatabase((db) => db.get('folderBackup', KEY));

export const saveFolderSettings = (record: FolderBackupRecord): Promise<unknown> =>
  withLedgerDatabase((db) => db.put('folderBackup', record, KEY));

/** Changes some fields of the kept settings in one transaction; does nothing when no folder is set up. */
export function updateFolderSettings(change: Partial<FolderBackupRecord>): Promise<FolderBackupRecord | undefined> {
  return withLedgerDatabase(async (db) => {
    const tx = db.transaction('folderBackup', 'readwrite');
    const current = await tx.store.get(KEY);
    const next = current && { ...current, ...change };
    if (next) await tx.store.put(next, KEY);
    await tx.done;
    return next;
  });
}

export const forgetFolderSettings = (): Promise<void> => withLedgerDatabase((db) => db.delete('folderBackup', KEY));
