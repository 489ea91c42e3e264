import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLedger, SCHEMA_VERSION, type LedgerDatabase } from '../../../lib/ledger/db';
import { LedgerStore, LedgerWriteError } from '../../../lib/ledger/store';
import { elmTree, riverside, session } from '../../fixtures/ledger-records';

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
    expect([...db.objectStoreNames].sort()).toEqual(['invoices', 'practices', 'profile', 'receipts', 'sessions', 'settings', 'submissions']);
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
    await expect(store.saveSession(session({ practiceId: 'nowhere' }))).rejects.toThrow('Choose a practice from your list before saving the session.');
    expect(await store.read()).toEqual(before);
  });

  it('saves a batch of sessions all or none', async () => {
    await expect(store.saveSessions([session({ id: 'ok' }), session({ id: 'bad', dateWorked: '31/10/2026' })])).rejects.toThrow(LedgerWriteError);
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
    await expect(store.deletePractice(riverside.id)).rejects.toThrow('This practice has 1 session in the ledger; move or delete them first.');
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
    await expect(store.saveSession(session({ id: 's-2' }))).rejects.toThrow('Your browser has no room left for the ledger. Free some disk space, then try again; nothing was changed.');
    vi.restoreAllMocks();
    expect(await store.read()).toEqual(before);
  });
});
