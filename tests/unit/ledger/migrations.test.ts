import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openLedger, type RECORD_STORES, SCHEMA_VERSION, type LedgerDatabase } from '../../../lib/ledger/db';
import { LedgerStore } from '../../../lib/ledger/store';
import { elmTree, oneOfEach, session } from '../../fixtures/ledger-records';

type RecordStore = (typeof RECORD_STORES)[number];

/** What each released schema version had: its stores, and the records a locum could have written to them. */
const RELEASED = [
  { version: 1, stores: ['practices', 'sessions', 'invoices', 'submissions', 'receipts'] satisfies RecordStore[] },
  {
    version: 2,
    stores: ['practices', 'sessions', 'invoices', 'submissions', 'receipts', 'portalMappings', 'practiceInvoices'] satisfies RecordStore[],
  },
  {
    version: 3,
    stores: ['practices', 'sessions', 'invoices', 'submissions', 'receipts', 'portalMappings', 'practiceInvoices'] satisfies RecordStore[],
  },
  {
    version: 4,
    stores: [
      'practices',
      'sessions',
      'invoices',
      'submissions',
      'receipts',
      'portalMappings',
      'practiceInvoices',
      'rateTables',
    ] satisfies RecordStore[],
  },
  {
    version: 6,
    stores: [
      'practices',
      'sessions',
      'invoices',
      'submissions',
      'receipts',
      'portalMappings',
      'practiceInvoices',
      'rateTables',
    ] satisfies RecordStore[],
  },
];

const opened: LedgerDatabase[] = [];
async function open(name: string, version?: number): Promise<LedgerDatabase> {
  const db = await openLedger(name, version);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function writeAt(name: string, version: number, stores: RecordStore[]): Promise<void> {
  const db = await open(name, version);
  const tx = db.transaction([...stores, 'profile' as const, 'settings' as const], 'readwrite');
  for (const store of stores) await tx.objectStore(store).put(oneOfEach[store] as never);
  await tx.objectStore('profile').put(oneOfEach.profile, 'me');
  await tx.objectStore('settings').put(oneOfEach.settings, 'settings');
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('has one migration per version, ending at the current one', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(7);
    expect(MIGRATIONS[4]!.name).toBe('addSafetyCopiesStore');
    expect(MIGRATIONS[5]!.name).toBe('addFolderBackupStore');
    expect(MIGRATIONS[6]!.name).toBe('addPageKindAnswersStore');
  });

  for (const { version, stores } of RELEASED) {
    it(`upgrades a version ${version} ledger to the current version, keeping every record written at version ${version}`, async () => {
      const name = `ledger-v${version}-${crypto.randomUUID()}`;
      await writeAt(name, version, stores);
      const db = await open(name);
      expect(db.version).toBe(SCHEMA_VERSION);
      expect([...db.objectStoreNames]).toContain('setAside');
      expect([...db.objectStoreNames]).toContain('rateTables');
      expect([...db.objectStoreNames]).toContain('safetyCopies');
      const store = new LedgerStore(db, () => '2026-11-22T09:00:00.000Z');
      const ledger = await store.read();
      for (const name of stores) expect(ledger[name]).toEqual([oneOfEach[name]]);
      expect(ledger.profile).toEqual(oneOfEach.profile);
      expect(ledger.settings).toEqual(oneOfEach.settings);
      expect(ledger.portalMappings).toEqual(version >= 2 ? [oneOfEach.portalMappings] : []);
      expect(ledger.setAside).toEqual([]);
      expect(ledger.rateTables).toEqual(version >= 4 ? [oneOfEach.rateTables] : []);
      expect(ledger.pageKindAnswers).toEqual([]);
      expect(await store.latestSafetyCopy()).toBeNull();
      await store.keepingSafetyCopy('restore', () => store.replaceAll(ledger));
      expect((await store.latestSafetyCopy())?.reason).toBe('restore');
      await store.saveSessions([session({ id: 's-after-upgrade', practiceId: elmTree.id })], [elmTree]);
      await store.saveRateTable(oneOfEach.rateTables);
      await store.savePageKindAnswer(oneOfEach.pageKindAnswers);
      const after = await store.read();
      expect(after.sessions.map((s) => s.id)).toEqual(['s-1', 's-after-upgrade']);
      expect(after.rateTables).toEqual([oneOfEach.rateTables]);
      expect(after.pageKindAnswers).toEqual([oneOfEach.pageKindAnswers]);
    });
  }

  it('leaves a ledger at its old version, untouched, when an upgrade fails part-way, and upgrades it on the next open', async () => {
    const name = `ledger-interrupted-${crypto.randomUUID()}`;
    await writeAt(name, 2, RELEASED[1]!.stores);
    const migrations = MIGRATIONS as (typeof MIGRATIONS)[number][];
    const addSetAside = migrations[2]!;
    migrations[2] = (db, transaction) => {
      addSetAside(db, transaction);
      throw new Error('The browser closed in the middle of the upgrade.');
    };
    try {
      await expect(openLedger(name)).rejects.toThrow();
    } finally {
      migrations[2] = addSetAside;
    }
    const old = await open(name, 2);
    expect([...old.objectStoreNames]).not.toContain('setAside');
    expect(await old.getAll('sessions')).toEqual([oneOfEach.sessions]);
    old.close();
    const upgraded = await open(name);
    expect(upgraded.version).toBe(SCHEMA_VERSION);
    expect((await new LedgerStore(upgraded).read()).practiceInvoices).toEqual([oneOfEach.practiceInvoices]);
  });

  it('leaves a version 3 ledger untouched, without the rate tables store, when adding it fails, and adds it on the next open', async () => {
    const name = `ledger-interrupted-v3-${crypto.randomUUID()}`;
    await writeAt(name, 3, RELEASED[2]!.stores);
    const migrations = MIGRATIONS as (typeof MIGRATIONS)[number][];
    const addRateTables = migrations[3]!;
    migrations[3] = (db, transaction) => {
      addRateTables(db, transaction);
      throw new Error('The browser closed in the middle of the upgrade.');
    };
    try {
      await expect(openLedger(name)).rejects.toThrow();
    } finally {
      migrations[3] = addRateTables;
    }
    const old = await open(name, 3);
    expect([...old.objectStoreNames]).not.toContain('rateTables');
    expect(await old.getAll('sessions')).toEqual([oneOfEach.sessions]);
    old.close();
    const upgraded = await open(name);
    expect(upgraded.version).toBe(SCHEMA_VERSION);
    expect((await new LedgerStore(upgraded).read()).rateTables).toEqual([]);
  });

  it('leaves a version 4 ledger untouched, without the safety copies store, when adding it fails, and adds it on the next open', async () => {
    const name = `ledger-interrupted-v4-${crypto.randomUUID()}`;
    await writeAt(name, 4, RELEASED[3]!.stores);
    const migrations = MIGRATIONS as (typeof MIGRATIONS)[number][];
    const addSafetyCopies = migrations[4]!;
    migrations[4] = (db, transaction) => {
      addSafetyCopies(db, transaction);
      throw new Error('The browser closed in the middle of the upgrade.');
    };
    try {
      await expect(openLedger(name)).rejects.toThrow();
    } finally {
      migrations[4] = addSafetyCopies;
    }
    const old = await open(name, 4);
    expect([...old.objectStoreNames]).not.toContain('safetyCopies');
    expect(await old.getAll('rateTables')).toEqual([oneOfEach.rateTables]);
    old.close();
    const upgraded = await open(name);
    expect(upgraded.version).toBe(SCHEMA_VERSION);
    expect(await new LedgerStore(upgraded).latestSafetyCopy()).toBeNull();
  });
  it('leaves a version 6 ledger untouched, without the page answers store, when adding it fails, and adds it on the next open', async () => {
    const name = `ledger-interrupted-v6-${crypto.randomUUID()}`;
    await writeAt(name, 6, RELEASED[4]!.stores);
    const migrations = MIGRATIONS as (typeof MIGRATIONS)[number][];
    const addPageKindAnswers = migrations[6]!;
    migrations[6] = (db, transaction) => {
      addPageKindAnswers(db, transaction);
      throw new Error('The browser closed in the middle of the upgrade.');
    };
    try {
      await expect(openLedger(name)).rejects.toThrow();
    } finally {
      migrations[6] = addPageKindAnswers;
    }
    const old = await open(name, 6);
    expect([...old.objectStoreNames]).not.toContain('pageKindAnswers');
    expect(await old.getAll('portalMappings')).toEqual([oneOfEach.portalMappings]);
    old.close();
    const upgraded = await open(name);
    expect(upgraded.version).toBe(SCHEMA_VERSION);
    expect((await new LedgerStore(upgraded).read()).pageKindAnswers).toEqual([]);
  });
});
