import * as z from 'zod/mini';
import { Timestamp } from '../../shared/records';
import type { BackupKey } from '../encrypted-backup';

/** Whether the last attempt to write to the folder worked, and if not, why: the dashboard and popup show it. */
const FolderStatus = z.object({
  state: z.enum(['ok', 'paused', 'failed']),
  problem: z.optional(z.string()),
  at: Timestamp,
});
type FolderStatus = z.infer<typeof FolderStatus>;

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/**
 * The folder backup's settings, kept in the ledger database's folderBackup store and never in a backup: a directory
 * handle means nothing on another computer, and the key is non-extractable. Both survive IndexedDB's structured clone.
 */
export const FolderBackupRecord = z.object({
  handle: z.custom<FileSystemDirectoryHandle>(isObject),
  key: z.custom<BackupKey>(isObject),
  computerName: z.string().check(z.minLength(1)),
  lastWrittenAt: z.optional(Timestamp),
  /** The change time of the last ledger both this computer and the folder held (after a restore, merge or "keep mine"). */
  lastAgreedAt: z.optional(Timestamp),
  status: FolderStatus,
});
export type FolderBackupRecord = z.infer<typeof FolderBackupRecord>;
