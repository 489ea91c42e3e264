/**
 * Folder backups are named by date, time and computer (locum-ledger-2026-12-06-1402-laptop.json), so a folder sorts
 * by date in any file manager and the extension recognises its own files: only names of this shape are ever deleted.
 * A manual download (locum-ledger-backup-2026-12-06.json) does not match, so it is never touched.
 */
const OUR_NAME = /^locum-ledger-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;
const MAX_COMPUTER_LENGTH = 40;

export type BackupName = {
  name: string;
  /** Local date and time the file was written, to the minute: 2026-12-06T14:02. */
  writtenAt: string;
  computer: string;
};

/** The computer's name as it goes in a file name: lower case letters and digits joined by single hyphens. */
export function computerSlug(computerName: string): string {
  const slug = computerName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_COMPUTER_LENGTH)
    .replace(/-+$/, '');
  return slug || 'computer';
}

const two = (n: number) => String(n).padStart(2, '0');

/** The local date and time to the minute, as the user reads the clock: 2026-12-06T14:02. */
export function localMinute(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** The file name for a backup written at `at` on this computer. */
export function backupFileName(at: Date, computerName: string): string {
  return `locum-ledger-${localMinute(at).replace('T', '-').replace(':', '')}-${computerSlug(computerName)}.json`;
}

/** The date, time and computer a file name carries, or null for any file the extension did not write. */
export function parseBackupFileName(name: string): BackupName | null {
  const match = OUR_NAME.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, computer] = match as unknown as [string, string, string, string, string, string, string];
  const writtenAt = `${year}-${month}-${day}T${hour}:${minute}`;
  const check = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  // 2026-02-30 or 25:61 are not times the extension could have written.
  if (check.getMonth() !== Number(month) - 1 || check.getDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59) return null;
  return { name, writtenAt, computer };
}

/** Newest first; within the same minute, by computer, so the order never depends on the folder's listing order. */
export function newestFirst<T extends BackupName>(names: readonly T[]): T[] {
  return [...names].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt) || a.computer.localeCompare(b.computer));
}
