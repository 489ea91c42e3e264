import { describe, expect, it } from 'vitest';
import { backupFileName, computerSlug, newestFirst, parseBackupFileName } from '../../../../lib/ledger/folder-backup/naming';
import { filesToDelete } from '../../../../lib/ledger/folder-backup/rotation';

describe('folder backup names', () => {
  it('names a backup by local date, time and computer', () => {
    expect(backupFileName(new Date(2026, 11, 6, 14, 2), 'Laptop')).toBe('locum-ledger-2026-12-06-1402-laptop.json');
    expect(backupFileName(new Date(2027, 0, 1, 9, 5), "Dr Ali's home PC (study)")).toBe(
      'locum-ledger-2027-01-01-0905-dr-ali-s-home-pc-study.json',
    );
  });

  it('gives a name of only symbols a computer slug still', () => {
    expect(computerSlug('***')).toBe('computer');
    expect(computerSlug('Café')).toBe('cafe');
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(parseBackupFileName('locum-ledger-2026-12-06-1402-laptop.json')).toEqual({
      name: 'locum-ledger-2026-12-06-1402-laptop.json',
      writtenAt: '2026-12-06T14:02',
      computer: 'laptop',
    });
    for (const foreign of [
      'locum-ledger-backup-2026-12-06.json',
      'locum-ledger-backup-2026-12-06-encrypted.json',
      'locum-ledger-2026-02-30-1402-laptop.json',
      'locum-ledger-2026-12-06-2461-laptop.json',
      'locum-ledger-2026-12-06-1402-laptop.json.tmp',
      'Locum-Ledger-2026-12-06-1402-laptop.json',
      'locum-ledger-2026-12-06-1402-.json',
      'holiday.jpg',
    ])
      expect(parseBackupFileName(foreign), foreign).toBeNull();
  });

  it('sorts newest first', () => {
    const names = ['locum-ledger-2026-01-01-0900-a.json', 'locum-ledger-2026-12-06-1402-b.json', 'locum-ledger-2026-06-01-0000-a.json'];
    expect(newestFirst(names.map((n) => parseBackupFileName(n)!)).map((b) => b.writtenAt)).toEqual([
      '2026-12-06T14:02',
      '2026-06-01T00:00',
      '2026-01-01T09:00',
    ]);
  });
});

const name = (date: string, time = '1200', computer = 'laptop') => `locum-ledger-${date}-${time}-${computer}.json`;

describe('rotation', () => {
  it('keeps the last 10 when they are all this month', () => {
    const names = Array.from({ length: 14 }, (_, i) => name(`2026-12-${String(i + 1).padStart(2, '0')}`));
    const deleted = filesToDelete(names, 'laptop', '2026-12-20T12:00');
    // The 1st to the 4th are older than the last 10, and the month keeps its newest (the 14th) already.
    expect(deleted.sort()).toEqual(names.slice(0, 4).sort());
  });

  it('keeps the newest of each month for a year, and deletes older months', () => {
    const names = [
      ...Array.from({ length: 10 }, (_, i) => name('2026-12-06', `10${String(i).padStart(2, '0')}`)),
      name('2026-11-30'),
      name('2026-11-01'),
      name('2026-01-15'),
      name('2025-12-31'),
    ];
    const deleted = filesToDelete(names, 'laptop', '2026-12-06T12:00');
    expect(deleted.sort()).toEqual([name('2025-12-31'), name('2026-11-01')].sort());
  });

  it('never deletes another computer’s backups or files it did not write', () => {
    const foreign = ['notes.txt', 'locum-ledger-backup-2020-01-01.json', 'locum-ledger-2020-01-01-1200-laptop.json.bak'];
    const others = Array.from({ length: 30 }, (_, i) => name(`2020-01-${String(i + 1).padStart(2, '0')}`, '1200', 'desktop'));
    const mine = Array.from({ length: 30 }, (_, i) => name(`2020-01-${String(i + 1).padStart(2, '0')}`));
    const deleted = filesToDelete([...foreign, ...others, ...mine], 'laptop', '2026-12-06T12:00');
    expect(deleted).toHaveLength(20);
    expect(deleted.every((n) => mine.includes(n))).toBe(true);
  });

  it('deletes nothing while there are 10 or fewer', () => {
    const names = Array.from({ length: 10 }, (_, i) => name(`201${i}-01-01`));
    expect(filesToDelete(names, 'laptop', '2026-12-06T12:00')).toEqual([]);
  });
});
