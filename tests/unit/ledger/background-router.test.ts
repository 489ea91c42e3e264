import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOwnPage, isPortalPage, replyTo, replyToPortal } from '../../../lib/background/router';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import { PageToBackground } from '../../../lib/ledger/messages';
import type { PortalContext } from '../../../lib/background/portal-receipts';
import { LedgerStore } from '../../../lib/ledger/store';
import { ContentToBackground } from '../../../lib/portal/messages';
import { extractStructure } from '../../../lib/portal/structure/extract';
import { assistantLedger } from '../../e2e/assistant/ledger';
import { riverside, session } from '../../fixtures/ledger-records';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

describe('isOwnPage', () => {
  it('accepts the popup and dashboard of this extension only', () => {
    expect(isOwnPage({ id: 'abcdefghijklmnop', url: `${ORIGIN}popup.html` }, 'abcdefghijklmnop', ORIGIN)).toBe(true);
    expect(
      isOwnPage({ id: 'abcdefghijklmnop', url: 'https://secure.pcse.england.nhs.uk/GPP/Locum/LocumA' }, 'abcdefghijklmnop', ORIGIN),
    ).toBe(false);
    expect(isOwnPage({ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, 'abcdefghijklmnop', ORIGIN)).toBe(
      false,
    );
    expect(isOwnPage({}, 'abcdefghijklmnop', ORIGIN)).toBe(false);
  });
});

describe('isPortalPage', () => {
  const ID = 'abcdefghijklmnop';
  const tab = { id: 7 };
  const portal = 'https://secure.pcse.england.nhs.uk/GPP/Locum/LocumA';

  it('accepts this extension’s content script in a tab on PCSE Online', () => {
    expect(isPortalPage({ id: ID, url: portal, tab }, ID, false)).toBe(true);
  });

  it('refuses another extension, a sender outside a tab, and every other origin, look-alikes included', () => {
    expect(isPortalPage({ id: 'another-extension', url: portal, tab }, ID, false)).toBe(false);
    expect(isPortalPage({ id: ID, url: portal }, ID, false)).toBe(false);
    for (const url of [
      'http://secure.pcse.england.nhs.uk/GPP',
      'https://secure.pcse.england.nhs.uk.evil.example/',
      'https://evil.example/?https://secure.pcse.england.nhs.uk',
      'https://pcse.england.nhs.uk/',
      'https://secure.pcse.england.nhs.uk:8443/',
      'not a url',
      undefined,
    ]) {
      expect(isPortalPage({ id: ID, ...(url ? { url } : {}), tab }, ID, false), String(url)).toBe(false);
    }
  });

  it('accepts the replica on 127.0.0.1 only when asked to (test builds), and never localhost or https', () => {
    expect(isPortalPage({ id: ID, url: 'http://127.0.0.1:4123/GPP/Locum/LocumA', tab }, ID, false)).toBe(false);
    expect(isPortalPage({ id: ID, url: 'http://127.0.0.1:4123/GPP/Locum/LocumA', tab }, ID, true)).toBe(true);
    expect(isPortalPage({ id: ID, url: 'http://localhost:4123/', tab }, ID, true)).toBe(false);
    expect(isPortalPage({ id: ID, url: 'https://127.0.0.1:4123/', tab }, ID, true)).toBe(false);
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
    expect(await replyTo(store, { type: 'ledger/drop-everything' })).toEqual({
      ok: false,
      error: 'The extension sent a request the ledger does not understand; nothing was changed.',
    });
    expect((await replyTo(store, { type: 'session/save', session: { id: 1 } })).ok).toBe(false);
  });

  it('discards records set aside only by naming them', async () => {
    expect((await replyTo(store, { type: 'set-aside/discard', ids: [] })).ok).toBe(false);
    expect(await replyTo(store, { type: 'set-aside/discard', ids: ['none-such'] })).toEqual({ ok: true });
  });

  it('passes the store’s plain-English refusal back', async () => {
    expect(await replyTo(store, { type: 'session/save', session: session() })).toEqual({
      ok: false,
      error: 'Choose a practice from your list before saving the session.',
    });
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

describe('replyToPortal: what a content script may ask', () => {
  const BULK = [
    'sessions',
    'practices',
    'invoices',
    'submissions',
    'receipts',
    'practiceInvoices',
    'portalMappings',
    'profile',
    'settings',
  ];
  let db: LedgerDatabase;
  let store: Promise<LedgerStore>;
  const clock: PortalContext = {
    today: '2026-03-20',
    now: '2026-03-20T10:00:00.000Z',
    newId: () => crypto.randomUUID(),
    filledInTab: new Map(),
    tabId: 1,
  };
  const typesOf = (union: {
    _zod: { def: { options: readonly { _zod: { def: { shape: { type: { _zod: { def: { values: string[] } } } } } } }[] } };
  }) => union._zod.def.options.flatMap((option) => option._zod.def.shape.type._zod.def.values);

  beforeEach(async () => {
    db = await openLedger(`portal-router-${crypto.randomUUID()}`);
    store = Promise.resolve(new LedgerStore(db));
    await (await store).replaceAll(structuredClone(assistantLedger()) as never);
  });
  afterEach(() => db.close());

  it('shares no request type with the extension’s own pages', () => {
    const pageTypes = typesOf(PageToBackground as never);
    expect(pageTypes).toContain('ledger/read');
    expect(typesOf(ContentToBackground as never).filter((type) => pageTypes.includes(type))).toEqual([]);
  });

  it('refuses, unread and unchanged, every request an extension page may make: reading, replacing or deleting the ledger', async () => {
    const before = await (await store).read();
    for (const request of [
      { type: 'ledger/read' },
      { type: 'ledger/replace', data: assistantLedger() },
      { type: 'sessions/delete', ids: ['s1', 's2'] },
      { type: 'settings/save', settings: { notifications: false } },
      { type: 'portal-profile/import', mappings: [], answers: [] },
    ]) {
      expect(await replyToPortal(store, request, clock), request.type).toEqual({
        ok: false,
        error: 'The page sent a request the extension does not understand; nothing was changed.',
      });
    }
    expect(await (await store).read()).toEqual(before);
  });

  it('refuses a portal request that fails its schema: an unknown page, an overlong field, a wrong type', async () => {
    for (const request of [
      { type: 'portal/form-choices', page: 'ledger' },
      { type: 'portal/teach', pageKind: 'locumAForm', fingerprint: { id: 'x'.repeat(201), name: '', label: '' }, concept: 'fee' },
      { type: 'portal/forget', ids: 'all' },
      { type: 'portal/save-page-kind-answer', answer: { fingerprint: 'f-1', kind: 'login', heading: 'Log in' } },
      { type: 'portal/save-page-kind-answer', answer: { fingerprint: '', kind: 'locumAForm', heading: '' } },
      { type: 'portal/save-page-kind-answer', answer: { fingerprint: 'x'.repeat(65), kind: 'locumAForm', heading: '' } },
      null,
      'ledger/read',
    ]) {
      expect((await replyToPortal(store, request, clock)).ok, JSON.stringify(request)).toBe(false);
    }
  });

  it('answers each kind of portal request with what that page needs, never a list of the ledger’s records', async () => {
    document.body.innerHTML = '<main><h1>Create Locum A</h1><form><label for="fee">Locum fee</label><input id="fee"></form></main>';
    const structure = extractStructure(
      document,
      'https://secure.pcse.england.nhs.uk/GPP/Locum/LocumA',
      'locumAForm',
      [],
      [],
      (text) => text,
    );
    const requests: ContentToBackground[] = [
      { type: 'portal/form-choices', page: 'locumAForm' },
      { type: 'portal/form-choices', page: 'locumBForm' },
      { type: 'portal/teach', pageKind: 'locumAForm', fingerprint: { id: 'fee', name: 'fee', label: 'Locum fee' }, concept: 'fee' },
      { type: 'portal/filled', page: 'locumAForm', key: 'inv-0302', filled: { fee: '2194.45' } },
      {
        type: 'portal/confirmation',
        confirmation: { kind: 'A', formReference: 'LA-000123', evidence: 'Locum A form submitted. Your reference LA-000123' },
        pageUrl: 'https://secure.pcse.england.nhs.uk/x',
      },
      { type: 'portal/statuses', statuses: [{ reference: 'LA-000123', status: 'approved', rawStatus: 'Approved' }] },
      {
        type: 'portal/review',
        locumA: {
          practiceText: 'Riverside Medical Centre (Y99901)',
          periods: [{ from: '2026-03-02', to: '2026-03-03' }],
          feePence: 219445,
          pensionablePence: 197501,
          employerPence: 28401,
        },
      },
      { type: 'portal/structure', structure },
      { type: 'portal/forget', ids: ['none'] },
      { type: 'portal/save-page-kind-answer', answer: { fingerprint: 'f-1', kind: 'locumAForm', heading: 'Submit your work details' } },
      { type: 'portal/page-kind-answers' },
    ];
    const bulkKeys = (value: unknown): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => [...(BULK.includes(key) ? [key] : []), ...bulkKeys(inner)])
        : [];
    for (const request of requests) {
      const reply = await replyToPortal(store, request, clock);
      expect(reply.ok, request.type).toBe(true);
      expect(bulkKeys(reply), request.type).toEqual([]);
    }
    document.body.innerHTML = '';
  });

  it('keeps an answer to "What is this page?" stamped with the background\'s clock, and gives the answers back for detection', async () => {
    const answer = { fingerprint: 'f-1', kind: 'locumBForm', heading: 'Monthly return' } as const;
    expect(
      await replyToPortal(store, { type: 'portal/save-page-kind-answer', answer: { ...answer, answeredAt: '1999-01-01' } }, clock),
    ).toEqual({
      ok: true,
      result: { ...answer, answeredAt: clock.now },
    });
    expect(await replyToPortal(store, { type: 'portal/page-kind-answers' }, clock)).toEqual({
      ok: true,
      result: [{ ...answer, answeredAt: clock.now }],
    });
  });
});

describe('BackgroundReply', () => {
  it('accepts a reply with no result, as a void operation sends after structured cloning drops it', async () => {
    const { BackgroundReply } = await import('../../../lib/shared/reply');
    expect(BackgroundReply.safeParse({ ok: true }).success).toBe(true);
    expect(BackgroundReply.safeParse({ ok: false }).success).toBe(false);
  });
});
