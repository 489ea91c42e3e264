import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replyTo } from '../../../lib/background/router';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { Session } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { riverside, session } from '../../fixtures/ledger-records';

let db: LedgerDatabase;
let store: LedgerStore;

beforeEach(async () => {
  db = await openLedger(`validated-once-${crypto.randomUUID()}`);
  store = new LedgerStore(db);
  await store.savePractice(riverside);
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('a session saved from the dashboard', () => {
  it('is checked by the page message alone, not parsed again by the store', async () => {
    const storeParses = vi.spyOn(Session, 'safeParse');
    expect(await replyTo(Promise.resolve(store), { type: 'session/save', session: session() })).toMatchObject({ ok: true });
    expect(storeParses).not.toHaveBeenCalled();
    expect((await store.read()).sessions).toHaveLength(1);
  });

  it('is still refused, with the router’s reply, when it does not fit', async () => {
    expect(await replyTo(Promise.resolve(store), { type: 'session/save', session: session({ feePence: -1 }) })).toEqual({
      ok: false,
      error: 'The extension sent a request the ledger does not understand; nothing was changed.',
    });
    expect((await store.read()).sessions).toEqual([]);
  });

  it('is parsed once by the store when the store is called directly', async () => {
    const storeParses = vi.spyOn(Session, 'safeParse');
    await store.saveSession(session());
    expect(storeParses).toHaveBeenCalledTimes(1);
    await expect(store.saveSession(session({ id: 's-2', feePence: -1 }))).rejects.toThrow(/feePence/);
  });
});
