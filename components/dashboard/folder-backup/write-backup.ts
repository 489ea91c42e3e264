import { serialiseBackup } from '@/lib/ledger/backup';
import { encryptWithKey } from '@/lib/ledger/encrypted-backup';
import { updateFolderSettings } from '@/lib/ledger/folder-backup/folder-store';
import { backupFileName, computerSlug, localMinute } from '@/lib/ledger/folder-backup/naming';
import type { FolderBackupRecord } from '@/lib/ledger/folder-backup/record';
import { filesToDelete } from '@/lib/ledger/folder-backup/rotation';
import type { LedgerData } from '@/lib/ledger/schemas';
import { folderIO, folderPermission, folderProblem } from './folder-access';

/**
 * Writes one encrypted backup of `ledger` to the folder, then deletes this computer's backups the rotation no longer
 * keeps. Only the folder is written to; the ledger is read, never changed. Every outcome is recorded in the
 * folderBackup store, so the dashboard and the popup can say when backups are paused or failing.
 */
export async function writeFolderBackup(record: FolderBackupRecord, ledger: LedgerData, now = new Date()): Promise<FolderBackupRecord> {
  const at = now.toISOString();
  try {
    if ((await folderPermission(record.handle)) !== 'granted') throw new DOMException('Permission withdrawn', 'NotAllowedError');
    const encrypted = await encryptWithKey(serialiseBackup(ledger, at), record.key);
    if (!encrypted.ok) throw new Error(encrypted.problems.join(' '));
    const folder = folderIO(record.handle);
    await folder.write(backupFileName(now, record.computerName), encrypted.text);
    for (const name of filesToDelete(await folder.names(), computerSlug(record.computerName), localMinute(now))) await folder.remove(name);
    return (await updateFolderSettings({ lastWrittenAt: at, status: { state: 'ok', at } })) ?? record;
  } catch (error) {
    const { paused, problem } = folderProblem(error);
    return (await updateFolderSettings({ status: { state: paused ? 'paused' : 'failed', problem, at } })) ?? record;
  }
}
