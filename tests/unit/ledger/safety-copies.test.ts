import { afterEach, describe, expect, it } from 'vitest';
import { replyTo } from '../../../lib/background/router';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { SAFETY_COPY_GONE } from '../../../lib/ledger/safety-copies';
import type { LedgerData } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { elmTree, riverside, session } from '../../fixtures/ledger-records';

const opened: LedgerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A store whose clock moves on a minute at each call, from 09:00 on 6 December 2026. */
async function freshStore(): Promise<LedgerStore> {
  const db = await openLedger(`safety-${crypto.randomUUID()}`);
  opened.push(db);
  let minute = 0;
  return new LedgerStore(db, () => new Date(Date.UTC(2026, 11, 6, 9, minute++)).toISOString());
}

function ledgerOf(ids: string[]): LedgerData {
  return {
    profile: null,
    practices: [riverside],
    sessions: ids.map((id) => session({ id })),
    invoices: [],
    submissions: [],
    receipts: [],
    settings: { notifications: true },
  };
}

const sessionIds = async (store: LedgerStore) => (await store.read()).sessions.map((s) => s.id);
const ok = async (store: LedgerStore, request: unknown) => {
  const reply = await replyTo(Promise.resolve(store), request);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
};

describe('the safety copy kept before a restore', () => {
  it('keeps the ledger as it was, and Undo restore puts it back whole and is then no longer offered', async () => {
    const store = await freshStore();
    await store.replaceAll(ledgerOf(['a', 'b', 'c', 'd', 'e', 'f']));
    const before = await store.read();
    await ok(store, { type: 'ledger/restore', data: ledgerOf(['a', 'b', 'c', 'd', 'e']) });
    expect(await sessionIds(store)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const copy = await ok(store, { type: 'safety-copy/latest' });
    expect(copy).toEqual({ id: expect.stringMatching(/^2026-12-06T09:0\dZ?/), takenAt: expect.any(String), reason: 'restore' });
    await ok(store, { type: 'safety-copy/undo', id: (copy as { id: string }).id });
    expect(await store.read()).toEqual(before);
    expect(await ok(store, { type: 'safety-copy/latest' })).toBeNull();
  });

  it('keeps no copy when the restore is refused, and leaves the ledger as it was', async () => {
    const store = await freshStore();
    await store.replaceAll(ledgerOf(['a']));
    const reply = await replyTo(Promise.resolve(store), { type: 'ledger/restore', data: { sessions: 'not a ledger' } });
    expect(reply.ok).toBe(false);
    expect(await sessionIds(store)).toEqual(['a']);
    expect(await store.latestSafetyCopy()).toBeNull();
  });

  it('keeps only the last three copies, newest offered first', async () => {
    const store = await freshStore();
    for (const ids of [['a'], ['b'], ['c'], ['d'], ['e']]) await ok(store, { type: 'ledger/restore', data: ledgerOf(ids) });
    const latest = await store.latestSafetyCopy();
    await store.undoToSafetyCopy(latest!.id);
    expect(await sessionIds(store)).toEqual(['d']);
    await store.undoToSafetyCopy((await store.latestSafetyCopy())!.id);
    expect(await sessionIds(store)).toEqual(['c']);
    await store.undoToSafetyCopy((await store.latestSafetyCopy())!.id);
    expect(await sessionIds(store)).toEqual(['b']);
    expect(await store.latestSafetyCopy()).toBeNull();
  });

  it('refuses an Undo of a copy that is gone, changing nothing', async () => {
    const store = await freshStore();
    await store.replaceAll(ledgerOf(['a']));
    const reply = await replyTo(Promise.resolve(store), { type: 'safety-copy/undo', id: 'no-such-copy' });
    expect(reply).toEqual({ ok: false, error: SAFETY_COPY_GONE });
    expect(await sessionIds(store)).toEqual(['a']);
  });
});

describe('the safety copy kept before a CSV import', () => {
  it('is kept for a sessions/import (the CSV import), and Undo import takes the import back', async () => {
    const store = await freshStore();
    await store.replaceAll(ledgerOf(['a']));
    const imported = [session({ id: 'n1', practiceId: elmTree.id }), session({ id: 'n2', practiceId: elmTree.id })];
    await ok(store, { type: 'sessions/import', sessions: imported, practices: [elmTree], invoices: [] });
    expect(await sessionIds(store)).toEqual(['a', 'n1', 'n2']);
    const copy = (await ok(store, { type: 'safety-copy/latest' })) as { id: string; reason: string };
    expect(copy.reason).toBe('import');
    await ok(store, { type: 'safety-copy/undo', id: copy.id });
    expect(await sessionIds(store)).toEqual(['a']);
    expect((await store.read()).practices).toEqual([riverside]);
  });

  it('is not kept for Undo of a delete (sessions/save), nor for an import the store refuses', async () => {
    const store = await freshStore();
    await store.replaceAll(ledgerOf(['a']));
    await ok(store, { type: 'sessions/save', sessions: [session({ id: 'b' })], practices: [] });
    expect(await store.latestSafetyCopy()).toBeNull();
    const orphan = session({ id: 'c', practiceId: 'no-such-practice' });
    const reply = await replyTo(Promise.resolve(store), { type: 'sessions/import', sessions: [orphan], practices: [], invoices: [] });
    expect(reply.ok).toBe(false);
    expect(await store.latestSafetyCopy()).toBeNull();
  });
});
