import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLedger, SCHEMA_VERSION, type LedgerDatabase } from '../../../lib/ledger/db';
import { LedgerStore } from '../../../lib/ledger/store';
import { LedgerWriteError } from '../../../lib/ledger/write-transaction';
import { elmTree, riverside, session } from '../../fixtures/ledger-records';

const QUOTA_MESSAGE = 'Your browser has no room left for the ledger. Free some disk space, then try again; nothing was changed.';

/**
 * Makes IndexedDB fail its `n`th record write the way a full disk does: the request errors after the earlier ones
 * succeeded, and the transaction aborts. Reaches into fake-indexeddb's record store, the one place that failure starts.
 */
function failNthStoredRecord(n: number, error: DOMException): void {
  const probe = db.transaction('sessions').objectStore('sessions');
  const recordStore = Object.getPrototypeOf((unwrap(probe) as unknown as { _rawObjectStore: object })._rawObjectStore) as {
    storeRecord: (...args: unknown[]) => unknown;
  };
  const storeRecord = recordStore.storeRecord;
  let calls = 0;
  vi.spyOn(recordStore, 'storeRecord').mockImplementation(function (this: unknown, ...args: unknown[]) {
    if (++calls === n) throw error;
    return storeRecord.apply(this, args);
  });
}

let db: LedgerDatabase;
let store: LedgerStore;
let dbName: string;

beforeEach(async () => {
  dbName = `ledger-test-${crypto.randomUUID()}`;
  db = await openLedger(dbName);
  store = new LedgerStore(db, () => '2026-11-21T10:00:00.000Z');
  await store.savePractice(riverside);
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('the ledger store', () => {
  it('creates every store at the current schema version', () => {
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'folderBackup',
      'invoices',
      'pageKindAnswers',
      'portalMappings',
      'practiceInvoices',
      'practices',
      'profile',
      'rateTables',
      'receipts',
      'safetyCopies',
      'sessions',
      'setAside',
      'settings',
      'submissions',
    ]);
  });

  it('keeps taught portal fields, and replaces them with a shared profile all or none', async () => {
    const mapping = {
      id: 'm1',
      pageKind: 'locumAForm',
      fingerprint: { id: 'fee', name: 'fee', label: 'amount' },
      concept: 'fee',
      createdAt: '2026-11-21T10:00:00.000Z',
    };
    await store.savePortalMapping(mapping);
    await expect(
      store.importPortalProfile(
        [
          { ...mapping, id: 'm2' },
          { ...mapping, id: 'm3', concept: '' },
        ],
        [],
      ),
    ).rejects.toThrow(/Portal profile field 2/);
    expect((await store.read()).portalMappings).toEqual([mapping]);
    await store.importPortalProfile([{ ...mapping, id: 'm2' }], []);
    expect((await store.read()).portalMappings!.map((m) => m.id)).toEqual(['m2']);
    await store.deletePortalMappings(['m2']);
    expect((await store.read()).portalMappings).toEqual([]);
  });

  it('keeps one answer to "What is this page?" per page, merges a profile\'s answers newest first, and forgets them', async () => {
    const answer = {
      fingerprint: 'f-1',
      kind: 'locumAForm',
      heading: 'Submit your work details',
      answeredAt: '2026-11-20T09:00:00.000Z',
    } as const;
    await store.savePageKindAnswer(answer);
    await store.savePageKindAnswer({ ...answer, kind: 'locumBForm', answeredAt: '2026-11-21T09:00:00.000Z' });
    expect((await store.read()).pageKindAnswers).toEqual([{ ...answer, kind: 'locumBForm', answeredAt: '2026-11-21T09:00:00.000Z' }]);
    const imported = await store.importPortalProfile(
      [],
      [
        { ...answer, kind: 'none' },
        { ...answer, fingerprint: 'f-2', kind: 'approvalReview' },
      ],
    );
    expect(imported.answers.map((a) => a.fingerprint)).toEqual(['f-2']);
    expect((await store.read()).pageKindAnswers!.map((a) => `${a.fingerprint}:${a.kind}`)).toEqual([
      'f-1:locumBForm',
      'f-2:approvalReview',
    ]);
    await store.importPortalProfile([], [{ ...answer, kind: 'none', answeredAt: '2026-11-22T09:00:00.000Z' }]);
    expect((await store.read()).pageKindAnswers!.find((a) => a.fingerprint === 'f-1')?.kind).toBe('none');
    await expect(store.savePageKindAnswer({ ...answer, kind: 'login' as never })).rejects.toThrow(/Saving your answer about this page/);
    await store.deletePageKindAnswers(['f-1', 'f-2']);
    expect((await store.read()).pageKindAnswers).toEqual([]);
  });

  it("keeps a practice's own locum invoices and refuses one whose dates are back to front", async () => {
    const invoice = {
      id: 'p1',
      locumName: 'Dr Alex Morgan',
      gmcNumber: '7012345',
      firstDay: '2026-03-02',
      lastDay: '2026-03-03',
      feePence: 219445,
      reference: 'INV-7',
    };
    await store.savePracticeInvoice(invoice);
    await expect(store.savePracticeInvoice({ ...invoice, id: 'p2', lastDay: '2026-03-01' })).rejects.toThrow(
      'The last day worked is before the first day worked.',
    );
    expect((await store.read()).practiceInvoices).toEqual([invoice]);
    await store.deletePracticeInvoice('p1');
    expect((await store.read()).practiceInvoices).toEqual([]);
  });

  it('saves and reads back sessions in date order, and stamps the change', async () => {
    await store.saveSession(session({ id: 'b', dateWorked: '2026-10-09' }));
    await store.saveSession(session({ id: 'a', dateWorked: '2026-10-02' }));
    const data = await store.read();
    expect(data.sessions.map((s) => s.id)).toEqual(['a', 'b']);
    expect(data.settings.lastChangeAt).toBe('2026-11-21T10:00:00.000Z');
  });

  it('keeps the data after the database is closed and opened again', async () => {
    await store.saveSession(session());
    db.close();
    db = await openLedger(dbName);
    expect((await new LedgerStore(db).read()).sessions).toEqual([session()]);
  });

  it('refuses an invalid session, says why, and changes nothing', async () => {
    const before = await store.read();
    await expect(store.saveSession(session({ feePence: -1 }))).rejects.toThrow(/feePence: expected a whole number of pence/);
    await expect(store.saveSession(session({ practiceId: 'nowhere' }))).rejects.toThrow(
      'Choose a practice from your list before saving the session.',
    );
    expect(await store.read()).toEqual(before);
  });

  it('saves a batch of sessions all or none', async () => {
    await expect(store.saveSessions([session({ id: 'ok' }), session({ id: 'bad', dateWorked: '31/10/2026' })])).rejects.toThrow(
      LedgerWriteError,
    );
    expect((await store.read()).sessions).toEqual([]);
    await store.saveSessions([session({ id: 'x', practiceId: elmTree.id })], [elmTree]);
    expect((await store.read()).sessions.map((s) => s.id)).toEqual(['x']);
  });

  it('deletes sessions and returns them for Undo', async () => {
    await store.saveSession(session());
    const deleted = await store.deleteSessions(['s-1']);
    expect((await store.read()).sessions).toEqual([]);
    await store.saveSessions(deleted);
    expect((await store.read()).sessions).toEqual([session()]);
  });

  it('will not delete a practice that still has sessions', async () => {
    await store.saveSession(session());
    await expect(store.deletePractice(riverside.id)).rejects.toThrow(
      'This practice has 1 session in the ledger; move or delete them first.',
    );
  });

  it('replaces everything in one go, or nothing when the data is invalid', async () => {
    await store.saveSession(session());
    const before = await store.read();
    const broken = { ...before, sessions: [session({ id: 'y', workType: 'nope' as never })] };
    await expect(store.replaceAll(broken)).rejects.toThrow(/sessions\[0\]\.workType/);
    expect(await store.read()).toEqual(before);
    const replacement = { ...before, practices: [elmTree], sessions: [session({ id: 'z', practiceId: elmTree.id })] };
    await store.replaceAll(replacement);
    expect(await store.read()).toEqual(replacement);
  });

  it('turns a full disk into a clear message and loses nothing', async () => {
    await store.saveSession(session());
    const before = await store.read();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.saveSession(session({ id: 's-2' }))).rejects.toThrow(
      'Your browser has no room left for the ledger. Free some disk space, then try again; nothing was changed.',
    );
    vi.restoreAllMocks();
    expect(await store.read()).toEqual(before);
  });

  it('a full disk part-way through a restore of 3,000 sessions gives the clear message, and the ledger keeps what it had', async () => {
    await store.saveSession(session());
    const before = await store.read();
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 1_500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const sessions = Array.from({ length: 3_000 }, (_, i) => session({ id: `big-${i}` }));
    await expect(store.replaceAll({ ...before, sessions })).rejects.toThrow(QUOTA_MESSAGE);
    expect(puts).toBe(1_500);
    vi.restoreAllMocks();
    expect(await store.read()).toEqual(before);
  });

  it('a write IndexedDB itself fails for lack of room, after earlier writes of the same save succeeded, changes nothing', async () => {
    await store.saveSession(session());
    const before = await store.read();
    failNthStoredRecord(1_500, new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const sessions = Array.from({ length: 3_000 }, (_, i) => session({ id: `big-${i}` }));
    await expect(store.saveSessions(sessions)).rejects.toThrow(QUOTA_MESSAGE);
    vi.restoreAllMocks();
    expect(await store.read()).toEqual(before);
  });

  it('answers a second read from memory, and any write, even a refused one, makes the next read go back to IndexedDB', async () => {
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const first = await store.read();
    const reads = getAll.mock.calls.length;
    expect(await store.read()).toBe(first);
    expect(getAll.mock.calls.length).toBe(reads);
    await store.saveSession(session({ id: 's1', dateWorked: '2026-03-02' }));
    expect((await store.read()).sessions.map((s) => s.id)).toEqual(['s1']);
    await expect(store.saveSession({ ...session({ id: 's2', dateWorked: '2026-03-03' }), feePence: -1 })).rejects.toThrow();
    const calls = getAll.mock.calls.length;
    await store.read();
    expect(getAll.mock.calls.length).toBeGreaterThan(calls);
  });

  it('does not keep a read that was under way when a write began: the next read has the write', async () => {
    const during = store.read();
    await store.saveSession(session({ id: 's1', dateWorked: '2026-03-02' }));
    await during;
    expect((await store.read()).sessions.map((s) => s.id)).toEqual(['s1']);
  });
});
