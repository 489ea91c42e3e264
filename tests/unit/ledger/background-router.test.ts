import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOwnPage, replyTo } from '../../../lib/ledger/background-router';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { LedgerStore } from '../../../lib/ledger/store';
import { riverside, session } from '../../fixtures/ledger-records';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

describe('isOwnPage', () => {
  it('accepts the popup and dashboard of this extension only', () => {
    expect(isOwnPage({ id: 'abcdefghijklmnop', url: `${ORIGIN}popup.html` }, 'abcdefghijklmnop', ORIGIN)).toBe(true);
    expect(isOwnPage({ id: 'abcdefghijklmnop', url: 'https://secure.pcse.england.nhs.uk/GPP/Locum/LocumA' }, 'abcdefghijklmnop', ORIGIN)).toBe(false);
    expect(isOwnPage({ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, 'abcdefghijklmnop', ORIGIN)).toBe(false);
    expect(isOwnPage({}, 'abcdefghijklmnop', ORIGIN)).toBe(false);
  });
});

describe('replyTo', () => {
  let db: LedgerDatabase;
  let store: Promise<LedgerStore>;
  beforeEach(async () => {
    db = await openLedger(`router-${crypto.randomUUID()}`);
    store = Promise.resolve(new LedgerStore(db));
  });
  afterEach(() => db.close());

  it('answers a valid request', async () => {
    await replyTo(store, { type: 'practice/save', practice: riverside });
    await replyTo(store, { type: 'session/save', session: session() });
    const reply = await replyTo(store, { type: 'ledger/read' });
    expect(reply.ok && (reply.result as { sessions: unknown[] }).sessions).toHaveLength(1);
  });

  it('refuses an unknown or malformed request without touching the ledger', async () => {
    expect(await replyTo(store, { type: 'ledger/drop-everything' })).toEqual({ ok: false, error: 'The extension sent a request the ledger does not understand; nothing was changed.' });
    expect((await replyTo(store, { type: 'session/save', session: { id: 1 } })).ok).toBe(false);
  });

  it('discards records set aside only by naming them', async () => {
    expect((await replyTo(store, { type: 'set-aside/discard', ids: [] })).ok).toBe(false);
    expect(await replyTo(store, { type: 'set-aside/discard', ids: ['none-such'] })).toEqual({ ok: true });
  });

  it('passes the store’s plain-English refusal back', async () => {
    expect(await replyTo(store, { type: 'session/save', session: session() })).toEqual({ ok: false, error: 'Choose a practice from your list before saving the session.' });
  });

  it('marks sessions paid on one invoice per practice', async () => {
    await replyTo(store, { type: 'practice/save', practice: riverside });
    await replyTo(store, { type: 'sessions/save', sessions: [session({ id: 'a' }), session({ id: 'b' })], practices: [] });
    const reply = await replyTo(store, { type: 'sessions/mark-paid', ids: ['a', 'b'], paidOn: '2026-10-31' });
    expect(reply.ok).toBe(true);
    const ledger = await (await store).read();
    expect(ledger.invoices).toHaveLength(1);
    expect(ledger.sessions.every((s) => s.invoiceId === ledger.invoices[0]!.id)).toBe(true);
  });
});

describe('BackgroundReply', () => {
  it('accepts a reply with no result, as a void operation sends after structured cloning drops it', async () => {
    const { BackgroundReply } = await import('../../../lib/ledger/messages');
    expect(BackgroundReply.safeParse({ ok: true }).success).toBe(true);
    expect(BackgroundReply.safeParse({ ok: false }).success).toBe(false);
  });
});
