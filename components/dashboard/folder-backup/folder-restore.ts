import { parseBackup, serialiseBackup } from '@/lib/ledger/backup';
import { ask } from '@/lib/ledger/client';
import { updateFolderSettings } from '@/lib/ledger/folder-backup/folder-store';
import type { ReadableBackup } from '@/lib/ledger/folder-backup/listing';
import type { LedgerData } from '@/lib/ledger/schemas';
import { announceFolderChange } from './folder-events';

/**
 * Replaces the ledger with `data` through the background's ledger/restore (a safety copy kept first, for Undo; checked
 * whole there, written in one transaction), after checking it as a backup file is checked. Then records that this
 * computer and the folder agree.
 */
export async function replaceFromFolder(data: LedgerData, agreedAt: string): Promise<void> {
  const checked = parseBackup(serialiseBackup(data, new Date().toISOString()));
  if (!checked.ok) throw new Error(`Nothing was changed: ${checked.problems[0]}`);
  await ask({ type: 'ledger/restore', data: checked.data });
  await markAgreed(agreedAt);
}

/** "Keep this computer's": the folder's backup is set aside without a change to the ledger, and not offered again. */
export async function markAgreed(agreedAt: string): Promise<void> {
  await updateFolderSettings({ lastAgreedAt: agreedAt });
  announceFolderChange();
}

export const backupLabel = (backup: ReadableBackup) =>
  `${backup.writtenAt.slice(8, 10)}/${backup.writtenAt.slice(5, 7)}/${backup.writtenAt.slice(0, 4)} ${backup.writtenAt.slice(11)} from ${backup.computer}`;

export const countsText = ({ counts }: { counts: ReadableBackup['counts'] }) =>
  `${counts.sessions} session${counts.sessions === 1 ? '' : 's'}, ${counts.invoices} invoice${counts.invoices === 1 ? '' : 's'}, ${counts.receipts} receipt${counts.receipts === 1 ? '' : 's'}`;
