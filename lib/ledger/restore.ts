import { ENCRYPTED_NOT_PLAIN, parseBackup, TOO_LARGE, type BackupResult } from './backup';
import { megabytes } from '../shared/json-file';
import { decryptBackup, isEncryptedBackup, MAX_ENCRYPTED_BACKUP_BYTES } from './encrypted-backup';

/** The most a chosen backup file may be before it is read: an encrypted backup is larger than the plain one inside it. */
export const MAX_BACKUP_FILE_BYTES = MAX_ENCRYPTED_BACKUP_BYTES;
export const BACKUP_FILE_TOO_LARGE = `This file is larger than ${megabytes(MAX_BACKUP_FILE_BYTES)}, more than any Locum Ledger backup can be, so it was not read.`;

/**
 * A backup file's text to the ledger it holds, as the dashboard restores it: a plain backup as it is, an encrypted one
 * opened with the passphrase. Everything is checked before anything is returned. Never throws.
 */
export async function readBackupText(text: string, passphrase: string): Promise<BackupResult> {
  const plain = parseBackup(text);
  if (plain.ok) return plain;
  const [problem] = plain.problems;
  // An encrypted backup of a large ledger is over the plain limit while the ledger inside it is not.
  const encrypted = problem === ENCRYPTED_NOT_PLAIN || (problem === TOO_LARGE && isEncryptedBackup(text));
  if (!encrypted) return plain;
  if (!passphrase) return { ok: false, problems: [ENCRYPTED_NOT_PLAIN] };
  const decrypted = await decryptBackup(text, passphrase);
  return decrypted.ok ? parseBackup(decrypted.text) : decrypted;
}
