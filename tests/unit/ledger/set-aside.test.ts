import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup, serialiseBackup } from '../../../lib/ledger/backup';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { DEFAULT_SETTINGS } from '../../../lib/ledger/schemas';
import { privateStrings } from '../../../lib/ledger/private-strings';
import { describeSetAside, serialiseSetAside } from '../../../lib/ledger/set-aside';
import { LedgerStore } from '../../../lib/ledger/store';
import { oneOfEach, riverside, session } from '../../fixtures/ledger-records';

const NOW = '2026-11-21T10:00:00.000Z';

let db: LedgerDatabase;
let store: LedgerStore;

beforeEach(async () => {
  db = await openLedger(`set-aside-${crypto.randomUUID()}`);
  store = new LedgerStore(db, () => NOW);
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

/** Writes straight to the database, past the store's checks: as a newer build, a bug or a damaged profile might. */
async function writeRaw(storeName: string, value: unknown, key?: string): Promise<void> {
  await db.put(storeName as never, value as never, key as never);
}

async function writeGoodLedger(): Promise<void> {
  for (const name of [
    'practices',
    'sessions',
    'invoices',
    'submissions',
    'receipts',
    'portalMappings',
    'practiceInvoices',
    'rateTables',
  ] as const)
    await writeRaw(name, oneOfEach[name]);
  await writeRaw('profile', oneOfEach.profile, 'me');
  await writeRaw('settings', oneOfEach.settings, 'settings');
}

const { dateWorked: _lost, ...sessionWithoutDate } = session({ id: 's-no-date' });

/** One damaged record for every store, keyed by what the ledger should say is wrong with it. */
const DAMAGED: { store: string; key: string; value: unknown; problem: string }[] = [
  { store: 'practices', key: 'p-bad', value: { ...riverside, id: 'p-bad', name: '' }, problem: 'name: the practice needs a name' },
  {
    store: 'sessions',
    key: 's-bad',
    value: session({ id: 's-bad', feePence: '£850.00' as never }),
    problem: 'feePence: expected a whole number of pence, 0 or more (25000 is £250.00)',
  },
  { store: 'sessions', key: 's-no-date', value: sessionWithoutDate, problem: 'dateWorked: expected string' },
  {
    store: 'invoices',
    key: 'i-bad',
    value: { ...oneOfEach.invoices, id: 'i-bad', sessionIds: 's-1' },
    problem: 'sessionIds: expected array',
  },
  {
    store: 'submissions',
    key: 'sub-bad',
    value: { ...oneOfEach.submissions, id: 'sub-bad', kind: 'C' },
    problem: 'kind: expected one of "A", "B"',
  },
  {
    store: 'receipts',
    key: 'r-bad',
    value: { ...oneOfEach.receipts, id: 'r-bad', amountPence: -5 },
    problem: 'amountPence: expected a whole number of pence, 0 or more (25000 is £250.00)',
  },
  {
    store: 'portalMappings',
    key: 'm-bad',
    value: { ...oneOfEach.portalMappings, id: 'm-bad', fingerprint: 'fee' },
    problem: 'fingerprint: expected object',
  },
  {
    store: 'practiceInvoices',
    key: 'pi-bad',
    value: { ...oneOfEach.practiceInvoices, id: 'pi-bad', feePence: 1.5 },
    problem: 'feePence: expected a whole number of pence, 0 or more (25000 is £250.00)',
  },
  {
    store: 'rateTables',
    key: '2028/29',
    value: { ...oneOfEach.rateTables, schemeYear: '2028/29', bandTopsPounds: [60_000, 50_000, 40_000, 30_000, 20_000] },
    problem: 'bandTopsPounds: each band must start above the one before it',
  },
  { store: 'profile', key: 'me', value: { ...oneOfEach.profile, otherRoles: 'none' }, problem: 'otherRoles: expected array' },
  { store: 'settings', key: 'settings', value: { notifications: 'yes' }, problem: 'notifications: expected boolean' },
];

async function writeDamaged(): Promise<void> {
  for (const { store: name, key, value } of DAMAGED)
    await writeRaw(name, value, name === 'profile' || name === 'settings' ? key : undefined);
}

describe('reading a ledger with damaged records', () => {
  it('sets aside a damaged record of every kind, with its store, key, value, first problem and time, and loads the rest', async () => {
    await writeGoodLedger();
    await writeDamaged();
    const ledger = await store.read();
    expect(ledger.practices).toEqual([riverside]);
    expect(ledger.sessions).toEqual([oneOfEach.sessions]);
    expect(ledger.invoices).toEqual([oneOfEach.invoices]);
    expect(ledger.submissions).toEqual([oneOfEach.submissions]);
    expect(ledger.receipts).toEqual([oneOfEach.receipts]);
    expect(ledger.portalMappings).toEqual([oneOfEach.portalMappings]);
    expect(ledger.practiceInvoices).toEqual([oneOfEach.practiceInvoices]);
    expect(ledger.rateTables).toEqual([oneOfEach.rateTables]);
    expect(ledger.profile).toBeNull();
    expect(ledger.settings).toEqual(DEFAULT_SETTINGS);
    const setAside = ledger.setAside!.map(({ store: name, key, value, problem, setAsideAt }) => ({
      store: name,
      key,
      value,
      problem,
      setAsideAt,
    }));
    expect(setAside).toEqual(expect.arrayContaining(DAMAGED.map((damaged) => ({ ...damaged, setAsideAt: NOW }))));
    expect(setAside).toHaveLength(DAMAGED.length);
  });

  it('moves them out of their stores, so the next read finds the same ledger and sets nothing aside twice', async () => {
    await writeGoodLedger();
    await writeDamaged();
    const first = await store.read();
    expect(await db.get('sessions', 's-bad')).toBeUndefined();
    expect(await db.get('profile', 'me')).toBeUndefined();
    expect(await db.count('setAside')).toBe(DAMAGED.length);
    expect(await store.read()).toEqual(first);
  });

  it('moves all of them or none: when the move fails they stay where they were, are still left out and reported, and move on a later read', async () => {
    await writeGoodLedger();
    await writeDamaged();
    let deletes = 0;
    const remove = IDBObjectStore.prototype.delete;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
      if (++deletes === 3) throw new DOMException('The disk went away.', 'UnknownError');
      return remove.call(this, key);
    });
    const failed = await store.read();
    expect(failed.sessions).toEqual([oneOfEach.sessions]);
    expect(failed.setAside).toHaveLength(DAMAGED.length);
    vi.restoreAllMocks();
    expect(await db.count('setAside')).toBe(0);
    expect(await db.get('sessions', 's-bad')).toEqual(DAMAGED[1]!.value);
    expect(await db.get('practices', 'p-bad')).toEqual(DAMAGED[0]!.value);
    const later = await store.read();
    expect(later.setAside).toHaveLength(DAMAGED.length);
    expect(await db.count('setAside')).toBe(DAMAGED.length);
    expect(await db.get('sessions', 's-bad')).toBeUndefined();
  });

  it('keeps a record a newer version wrote with a field this one does not know', async () => {
    await writeRaw('practices', riverside);
    await writeRaw('sessions', { ...session(), addedLater: 'a field from the future' });
    const ledger = await store.read();
    expect(ledger.sessions.map((s) => s.id)).toEqual(['s-1']);
    expect(ledger.setAside).toEqual([]);
  });

  it('discards records set aside only when asked, and leaves the rest of the ledger alone', async () => {
    await writeGoodLedger();
    await writeDamaged();
    const { setAside } = await store.read();
    await store.discardSetAside([setAside![0]!.id]);
    expect((await store.read()).setAside).toHaveLength(DAMAGED.length - 1);
    await store.discardSetAside(setAside!.map((record) => record.id));
    const ledger = await store.read();
    expect(ledger.setAside).toEqual([]);
    expect(ledger.sessions).toEqual([oneOfEach.sessions]);
  });

  it('keeps them through a restore, which adds the records set aside in its backup', async () => {
    await writeGoodLedger();
    await writeDamaged();
    const { setAside } = await store.read();
    const fromBackup = { ...setAside![0]!, id: 'from-an-older-backup' };
    await store.replaceAll({
      profile: null,
      practices: [],
      sessions: [],
      invoices: [],
      submissions: [],
      receipts: [],
      settings: DEFAULT_SETTINGS,
      setAside: [fromBackup],
    });
    const ledger = await store.read();
    expect(ledger.sessions).toEqual([]);
    expect(ledger.setAside!.map((record) => record.id).sort()).toEqual(
      [...setAside!.map((record) => record.id), 'from-an-older-backup'].sort(),
    );
  });

  it('puts them in the backup, which restores whole even when a session names a practice that was set aside', async () => {
    await writeRaw('practices', { ...riverside, name: '' });
    await writeRaw('sessions', session());
    const ledger = await store.read();
    expect(ledger.practices).toEqual([]);
    const backup = parseBackup(serialiseBackup(ledger, NOW));
    expect(backup.ok).toBe(true);
    const elsewhere = new LedgerStore(await openLedger(`restored-${crypto.randomUUID()}`), () => NOW);
    await elsewhere.replaceAll(backup.ok ? backup.data : ledger);
    expect(await elsewhere.read()).toEqual(ledger);
  });

  it('describes each record so a locum can tell which it was, and saves them all whole', async () => {
    await writeGoodLedger();
    await writeDamaged();
    const { setAside } = await store.read();
    const lines = setAside!.map(describeSetAside);
    expect(lines).toContain('Session "s-bad" (05/10/2026): feePence: expected a whole number of pence, 0 or more (25000 is £250.00)');
    expect(lines).toContain('Your profile: otherRoles: expected array');
    expect(lines).toContain('Practice "p-bad": name: the practice needs a name');
    const file = JSON.parse(serialiseSetAside(setAside!, NOW));
    expect(file).toEqual({ format: 'locum-ledger-set-aside', exportedAt: NOW, records: JSON.parse(JSON.stringify(setAside)) });
  });

  it('still keeps the names and numbers in records set aside out of a shared page structure', async () => {
    await writeGoodLedger();
    await writeDamaged();
    const strings = privateStrings(await store.read());
    expect(strings).toEqual(
      expect.arrayContaining([
        'Dr Asha Patel',
        'Asha',
        'Patel',
        'QQ123456C',
        'SD12345678',
        riverside.name,
        riverside.odsCode,
        'AM-2610-RIV',
      ]),
    );
  });
});
