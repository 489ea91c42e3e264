import { deriveBackupKey, keyParametersOf, type BackupKey } from '@/lib/ledger/encrypted-backup';
import { listFolderBackups } from '@/lib/ledger/folder-backup/listing';
import { newestFirst, parseBackupFileName } from '@/lib/ledger/folder-backup/naming';
import { folderIO } from './folder-access';

const OTHER_PASSPHRASE_IN_FOLDER =
  'This folder already holds Locum Ledger backups made with another passphrase. Type the passphrase they were made with, or choose another folder.';

/**
 * The folder's key from the passphrase. When the folder already holds backups (a second computer joining), the key is
 * derived with their salt and checked against the newest, so every computer's backups open with the one kept key.
 */
export async function folderKey(
  handle: FileSystemDirectoryHandle,
  passphrase: string,
): Promise<{ ok: true; key: BackupKey } | { ok: false; problems: string[] }> {
  const folder = folderIO(handle);
  const [newest] = newestFirst((await folder.names()).map(parseBackupFileName).filter((name) => name !== null));
  const existing = newest ? keyParametersOf(await folder.read(newest.name)) : null;
  if (!existing) return deriveBackupKey(passphrase);
  const derived = await deriveBackupKey(passphrase, existing.salt, existing.iterations);
  if (!derived.ok) return derived;
  const [opened] = await listFolderBackups({ ...folder, names: async () => [newest!.name] }, derived.key);
  return opened?.ok ? derived : { ok: false, problems: [OTHER_PASSPHRASE_IN_FOLDER] };
}
