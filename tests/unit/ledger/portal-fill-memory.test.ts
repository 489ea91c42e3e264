import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handlePortalRequest } from '../../../lib/background/portal-requests';
import type { OfferedForms, PortalContext } from '../../../lib/background/portal-receipts';
import { openLedger } from '../../../lib/ledger/db';
import * as forms from '../../../lib/ledger/forms';
import type { Submission } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { assistantLedger } from '../../e2e/assistant/ledger';

vi.mock('../../../lib/ledger/forms', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/ledger/forms')>();
  return { ...original, formsAOf: vi.fn(original.formsAOf), monthlyForms: vi.fn(original.monthlyForms) };
});

let store: LedgerStore;
let offeredInTab: Map<number, OfferedForms>;
let ids = 0;
const context = (tabId: number): PortalContext => ({
  today: '2026-03-20',
  now: '2026-03-20T10:00:00.000Z',
  newId: () => `id-${++ids}`,
  filledInTab: new Map(),
  offeredInTab,
  tabId,
});
const formsBuilt = () => vi.mocked(forms.formsAOf).mock.calls.length + vi.mocked(forms.monthlyForms).mock.calls.length;
const withoutId = ({ id: _id, ...draft }: Submission) => draft;

beforeEach(async () => {
  store = new LedgerStore(await openLedger(`fill-memory-${crypto.randomUUID()}`));
  await store.replaceAll(structuredClone(assistantLedger()) as never);
  offeredInTab = new Map();
  vi.mocked(forms.formsAOf).mockClear();
  vi.mocked(forms.monthlyForms).mockClear();
});

/** Fills `key` on a `page` after tab 1 was offered it, then again after the worker restarted and forgot the offer. */
async function fillRememberedThenForgotten(
  page: 'locumAForm' | 'locumBForm',
  key: string,
): Promise<{ remembered: Submission; rebuilt: Submission; builtWhenRemembered: number; builtWhenForgotten: number }> {
  await handlePortalRequest(store, { type: 'portal/form-choices', page }, context(1));
  let before = formsBuilt();
  const remembered = (await handlePortalRequest(
    store,
    { type: 'portal/filled', page, key, filled: { fee: '1' } },
    context(1),
  )) as Submission;
  const builtWhenRemembered = formsBuilt() - before;
  await store.replaceAll(structuredClone(assistantLedger()) as never);
  offeredInTab.clear();
  before = formsBuilt();
  const rebuilt = (await handlePortalRequest(store, { type: 'portal/filled', page, key, filled: { fee: '1' } }, context(1))) as Submission;
  return { remembered, rebuilt, builtWhenRemembered, builtWhenForgotten: formsBuilt() - before };
}

describe('recording a fill from the forms offered to the tab', () => {
  it('keeps a Locum A draft from what the tab was offered, without building the forms again', async () => {
    const { remembered, rebuilt, builtWhenRemembered, builtWhenForgotten } = await fillRememberedThenForgotten('locumAForm', 'inv-0302');
    expect(builtWhenRemembered).toBe(0);
    expect(remembered).toMatchObject({ kind: 'A', invoiceId: 'inv-0302', month: '2026-03', amounts: { box1: 219445, box2: 197501 } });
    expect(builtWhenForgotten).toBeGreaterThan(0);
    expect(withoutId(rebuilt)).toEqual(withoutId(remembered));
  });

  it('keeps a Locum B draft the same way, and the same draft once the worker has forgotten', async () => {
    const { remembered, rebuilt, builtWhenRemembered, builtWhenForgotten } = await fillRememberedThenForgotten('locumBForm', '2026-03');
    expect(builtWhenRemembered).toBe(0);
    expect(remembered).toMatchObject({ kind: 'B', month: '2026-03' });
    expect(Object.keys(remembered.amounts)).toHaveLength(10);
    expect(builtWhenForgotten).toBeGreaterThan(0);
    expect(withoutId(rebuilt)).toEqual(withoutId(remembered));
  });

  it('rebuilds when the tab was offered the other kind of form, or another tab was offered it', async () => {
    await handlePortalRequest(store, { type: 'portal/form-choices', page: 'locumBForm' }, context(1));
    await handlePortalRequest(store, { type: 'portal/form-choices', page: 'locumAForm' }, context(2));
    const before = formsBuilt();
    const draft = (await handlePortalRequest(
      store,
      { type: 'portal/filled', page: 'locumAForm', key: 'inv-0302', filled: {} },
      context(1),
    )) as Submission;
    expect(formsBuilt()).toBeGreaterThan(before);
    expect(draft).toMatchObject({ invoiceId: 'inv-0302', amounts: { box1: 219445 } });
  });
});
