import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { serialiseBackup } from '../../../../lib/ledger/backup';
import { deriveBackupKey, encryptWithKey, type BackupKey } from '../../../../lib/ledger/encrypted-backup';
import { listFolderBackups, type FolderReader } from '../../../../lib/ledger/folder-backup/listing';
import { canonical } from '../../../../lib/ledger/folder-backup/compare';
import { folderOffer } from '../../../../lib/ledger/folder-backup/offer';
import { parseBackupFileName } from '../../../../lib/ledger/folder-backup/naming';
import { openLedger } from '../../../../lib/ledger/db';
import { LedgerStore } from '../../../../lib/ledger/store';
import type { LedgerData } from '../../../../lib/ledger/schemas';
import { riverside, session } from '../../../fixtures/ledger-records';

/** A folder in memory that records which files were opened; it has no way to write, like the listing it feeds. */
function memoryFolder(files: Map<string, string>, opened: string[]): FolderReader {
  return {
    names: async () => [...files.keys()],
    size: async (name) => new TextEncoder().encode(files.get(name)!).length,
    read: async (name) => {
      opened.push(name);
      return files.get(name)!;
    },
  };
}

const ledgerWith = (count: number): LedgerData => ({
  profile: null,
  practices: [riverside],
  sessions: Array.from({ length: count }, (_, i) => session({ id: `s-${i}` })),
  invoices: [],
  submissions: [],
  receipts: [],
  settings: { notifications: true, lastChangeAt: `2026-12-0${1 + count}T12:00:00.000Z` },
});

let key: BackupKey;
let otherKey: BackupKey;
const valid: string[] = [];
let otherPassphrase = '';

beforeAll(async () => {
  // Few iterations keep the test fast; the format and the checks are the same as at 600,000.
  const derived = await deriveBackupKey('correct horse battery', undefined, 1000);
  const other = await deriveBackupKey('another passphrase!', undefined, 1000);
  if (!derived.ok || !other.ok) throw new Error('key');
  [key, otherKey] = [derived.key, other.key];
  for (const count of [0, 1, 3]) {
    const encrypted = await encryptWithKey(serialiseBackup(ledgerWith(count), '2026-12-06T12:00:00.000Z'), key);
    if (encrypted.ok) valid.push(encrypted.text);
  }
  const foreign = await encryptWithKey(serialiseBackup(ledgerWith(2), '2026-12-06T12:00:00.000Z'), otherKey);
  if (foreign.ok) otherPassphrase = foreign.text;
});

type Kind = 'valid' | 'truncated' | 'tampered' | 'other-passphrase' | 'plain' | 'junk';
const ourName = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), minute: fc.integer({ min: 0, max: 59 }), computer: fc.constantFrom('laptop', 'desktop') })
  .map(
    ({ day, minute, computer }) =>
      `locum-ledger-2026-11-${String(day).padStart(2, '0')}-12${String(minute).padStart(2, '0')}-${computer}.json`,
  );
const foreignName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom('locum-ledger-backup-2026-12-06.json', 'desktop.ini', 'locum-ledger-2026-13-01-1200-laptop.json'),
);
const entry = fc.record({
  name: fc.oneof(ourName, foreignName),
  kind: fc.constantFrom<Kind>('valid', 'truncated', 'tampered', 'other-passphrase', 'plain', 'junk'),
  which: fc.nat(2),
  cut: fc.nat(),
  junk: fc.string(),
});

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;
function contentOf({ kind, which, cut, junk }: Entry): string {
  const text = valid[which]!;
  if (kind === 'valid') return text;
  // Cut at least the closing brace: losing only the final newline leaves the file whole.
  if (kind === 'truncated') return text.slice(0, cut % (text.length - 1));
  if (kind === 'tampered') {
    const at = text.indexOf('"ciphertext": "') + 15 + (cut % 20);
    return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  }
  if (kind === 'other-passphrase') return otherPassphrase;
  if (kind === 'plain') return serialiseBackup(ledgerWith(1), '2026-12-06T12:00:00.000Z');
  return junk;
}

describe('1,000 generated backup folders', () => {
  it('are listed without changing the ledger, open only our own files, and accept only intact files with our key', async () => {
    const db = await openLedger('fuzz-folder-backups');
    const store = new LedgerStore(db);
    await store.replaceAll(ledgerWith(2));
    const before = canonical(await store.read());
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 8 }), async (entries) => {
        const files = new Map(entries.map((e) => [e.name, contentOf(e)]));
        const opened: string[] = [];
        const backups = await listFolderBackups(memoryFolder(files, opened), key);
        expect(opened.every((name) => parseBackupFileName(name) !== null)).toBe(true);
        for (const backup of backups) expect(backup.ok).toBe(valid.includes(files.get(backup.name)!));
        // The offer is only words on the page: nothing is written until the user presses Restore or Merge.
        folderOffer(await store.read(), backups, 'laptop');
      }),
      { numRuns: 1000, seed: 20261206 },
    );
    expect(canonical(await store.read())).toBe(before);
    db.close();
  });
});
