import { parseBackup } from '../backup';
import { decryptWithKey, MAX_ENCRYPTED_BACKUP_BYTES, type BackupKey } from '../encrypted-backup';
import type { LedgerData } from '../schemas';
import { newestFirst, parseBackupFileName, type BackupName } from './naming';
import { messageOf } from '../../shared/message-of';

/** What the listing needs of a folder: the DOM side gives the File System Access API's directory, tests an in-memory one. */
export type FolderReader = {
  names(): Promise<string[]>;
  /** The file's size in bytes, so an oversized file is refused before it is read. */
  size(name: string): Promise<number>;
  read(name: string): Promise<string>;
};

type BackupCounts = { sessions: number; invoices: number; receipts: number; practices: number };

export type ReadableBackup = BackupName & {
  ok: true;
  data: LedgerData;
  exportedAt: string;
  /** When the ledger inside last changed (its settings), or when it was written when it never recorded a change. */
  changedAt: string;
  counts: BackupCounts;
};
type UnreadableBackup = BackupName & { ok: false; problem: string };
export type FolderBackup = ReadableBackup | UnreadableBackup;

const countsOf = (data: LedgerData): BackupCounts => ({
  sessions: data.sessions.length,
  invoices: data.invoices.length,
  receipts: data.receipts.length,
  practices: data.practices.length,
});

const FILE_TOO_LARGE = 'This file is larger than any Locum Ledger backup can be, so it was not read.';

/** One file, opened with the folder's key and checked whole as the ordinary Restore checks it. Never throws. */
async function readFolderBackup(folder: FolderReader, name: BackupName, key: BackupKey): Promise<FolderBackup> {
  try {
    if ((await folder.size(name.name)) > MAX_ENCRYPTED_BACKUP_BYTES) return { ...name, ok: false, problem: FILE_TOO_LARGE };
    const decrypted = await decryptWithKey(await folder.read(name.name), key);
    if (!decrypted.ok) return { ...name, ok: false, problem: decrypted.problems[0]! };
    const backup = parseBackup(decrypted.text);
    if (!backup.ok) return { ...name, ok: false, problem: backup.problems[0]! };
    const changedAt = backup.data.settings.lastChangeAt ?? backup.exportedAt;
    return { ...name, ok: true, data: backup.data, exportedAt: backup.exportedAt, changedAt, counts: countsOf(backup.data) };
  } catch (error) {
    return { ...name, ok: false, problem: `It could not be read: ${messageOf(error)}` };
  }
}

/**
 * The folder's backups written by Locum Ledger (by name), newest first, each read and checked or with the reason it
 * cannot be used. Other files in the folder are left out and never opened. Reading never writes anything.
 */
export async function listFolderBackups(folder: FolderReader, key: BackupKey): Promise<FolderBackup[]> {
  const ours = newestFirst((await folder.names()).map(parseBackupFileName).filter((name) => name !== null));
  const backups: FolderBackup[] = [];
  for (const name of ours) backups.push(await readFolderBackup(folder, name, key));
  return backups;
}
