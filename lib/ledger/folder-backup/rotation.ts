import { newestFirst, parseBackupFileName, type BackupName } from './naming';

/** The policy: the last 10 backups, and the newest of each month for a year. */
const KEEP_LATEST = 10;
const KEEP_MONTHS = 12;

function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The files this computer should delete from the folder after writing a backup. Only this computer's own files (by
 * the extension's name pattern and its computer name) are considered: another computer's backups and any file the
 * extension did not write are never deleted. `now` is the local date and time (2026-12-06T14:02).
 */
export function filesToDelete(names: readonly string[], computer: string, now: string): string[] {
  const ours = newestFirst(names.map(parseBackupFileName).filter((b): b is BackupName => b?.computer === computer));
  const oldestMonthKept = monthsBefore(now.slice(0, 7), KEEP_MONTHS - 1);
  const keep = new Set(ours.slice(0, KEEP_LATEST).map((b) => b.name));
  const monthsSeen = new Set<string>();
  for (const backup of ours) {
    const month = backup.writtenAt.slice(0, 7);
    if (month < oldestMonthKept || monthsSeen.has(month)) continue;
    monthsSeen.add(month);
    keep.add(backup.name);
  }
  return ours.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
