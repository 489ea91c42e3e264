import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../lib/ledger/db';
import { handlePortalRequest } from '../../../lib/background/portal-requests';
import type { PortalContext } from '../../../lib/background/portal-receipts';
import { LedgerStore } from '../../../lib/ledger/store';
import { assistantLedger } from '../../e2e/assistant/ledger';

let store: LedgerStore;
let ids = 0;
const filledInTab = new Map<number, string>();
const context = (tabId?: number): PortalContext => ({
  today: '2026-03-20',
  now: '2026-03-20T10:00:00.000Z',
  newId: () => `id-${++ids}`,
  filledInTab,
  ...(tabId !== undefined ? { tabId } : {}),
});
const evidence = 'Locum A form submitted. Your reference LA-000123';

beforeEach(async () => {
  store = new LedgerStore(await openLedger(`portal-${crypto.randomUUID()}`));
  await store.replaceAll(structuredClone(assistantLedger()) as never);
  const second = { id: 'inv-2', practiceId: 'riverside', reference: 'INV-2', sessionIds: ['s3'], paidOn: '2026-03-12' };
  const ledger = await store.read();
  await store.saveSessions([{ ...ledger.sessions[0]!, id: 's3', dateWorked: '2026-03-05', invoiceId: 'inv-2' }], [], [second]);
  filledInTab.clear();
});

describe('what the portal pages get from the background', () => {
  it('offers the Locum As still to send, with the values their fields need and nothing else of the ledger', async () => {
    const { choices, mappings } = (await handlePortalRequest(store, { type: 'portal/form-choices', page: 'locumAForm' }, context())) as any;
    expect(choices.map((c: { key: string }) => c.key).sort()).toEqual(['inv-0302', 'inv-2']);
    expect(choices.find((c: { key: string }) => c.key === 'inv-0302').fill.values).toMatchObject({
      practiceCode: 'Y99901',
      fee: '219445',
      pensionablePay: '197501',
      datePaid: '2026-03-10',
      periodFirstDay: ['2026-03-02'],
    });
    expect(mappings).toEqual([]);
  });

  it('links a confirmation to the draft its own tab filled, not the one filled last elsewhere', async () => {
    await handlePortalRequest(
      store,
      { type: 'portal/filled', page: 'locumAForm', key: 'inv-0302', filled: { fee: '2194.45' } },
      context(1),
    );
    await handlePortalRequest(store, { type: 'portal/filled', page: 'locumAForm', key: 'inv-2', filled: { fee: '1100.00' } }, context(2));
    const answer = (await handlePortalRequest(
      store,
      {
        type: 'portal/confirmation',
        confirmation: { kind: 'A', formReference: 'LA-000123', evidence },
        pageUrl: 'https://secure.pcse.england.nhs.uk/x',
      },
      context(1),
    )) as any;
    expect(answer.receipt).toMatchObject({
      reference: 'LA-000123',
      amountPence: 219445,
      source: 'page',
      capturedAt: '2026-03-20T10:00:00.000Z',
    });
    const submissions = (await store.read()).submissions;
    expect(submissions.find((s) => s.invoiceId === 'inv-0302')).toMatchObject({ status: 'submitted', formReference: 'LA-000123' });
    expect(submissions.find((s) => s.invoiceId === 'inv-2')).toMatchObject({ status: 'drafted' });
  });

  it('evidence saved from a page not taken for a confirmation keeps a receipt of its own and marks no form submitted', async () => {
    await handlePortalRequest(store, { type: 'portal/filled', page: 'locumAForm', key: 'inv-0302', filled: {} }, context(1));
    const answer = (await handlePortalRequest(
      store,
      {
        type: 'portal/confirmation',
        confirmation: { kind: 'A', formReference: 'LA-000999', evidence: 'Tell us about your sessions', manual: true, evidenceOnly: true },
        pageUrl: 'https://secure.pcse.england.nhs.uk/x',
      },
      context(1),
    )) as any;
    expect(answer.receipt).toMatchObject({ reference: 'LA-000999', source: 'manual', amountPence: 0 });
    expect(answer.receipt.submissionId).toBeUndefined();
    const ledger = await store.read();
    expect(ledger.submissions.map((s) => s.status)).toEqual(['drafted']);
    expect(ledger.receipts).toHaveLength(1);
  });

  it('keeps a Locum B receipt with the payment reference and its BACS form, once', async () => {
    await handlePortalRequest(store, { type: 'portal/filled', page: 'locumBForm', key: '2026-03', filled: {} }, context(1));
    const confirmation = {
      kind: 'B' as const,
      paymentReference: '84123456LOCMAR2026-01',
      amountPence: 47756,
      evidence: 'Locum B form submitted',
    };
    const first = (await handlePortalRequest(store, { type: 'portal/confirmation', confirmation, pageUrl: 'x' }, context(1))) as any;
    const again = (await handlePortalRequest(store, { type: 'portal/confirmation', confirmation, pageUrl: 'x' }, context(1))) as any;
    expect(first.receipt).toMatchObject({
      paymentReference: '84123456LOCMAR2026-01',
      bacsReference: '84123456LOCMAR2026',
      amountPence: 47756,
    });
    expect(again.alreadyKept).toBe(true);
    expect((await store.read()).receipts).toHaveLength(1);
  });

  it('brings statuses up to date from a list page, with a rejection reason, and leaves unknown references alone', async () => {
    await handlePortalRequest(store, { type: 'portal/filled', page: 'locumAForm', key: 'inv-0302', filled: {} }, context(1));
    await handlePortalRequest(
      store,
      { type: 'portal/confirmation', confirmation: { kind: 'A', formReference: 'LA-000123', evidence }, pageUrl: 'x' },
      context(1),
    );
    const statuses = [
      { reference: 'LA-000123', status: 'rejected' as const, rawStatus: 'Rejected', reason: 'Wrong dates' },
      { reference: 'LA-999999', status: 'approved' as const, rawStatus: 'Approved' },
    ];
    expect(await handlePortalRequest(store, { type: 'portal/statuses', statuses }, context())).toEqual({ updated: 1 });
    expect((await store.read()).submissions[0]).toMatchObject({ status: 'rejected', rejectionReason: 'Wrong dates' });
    expect(await handlePortalRequest(store, { type: 'portal/statuses', statuses }, context())).toEqual({ updated: 0 });
  });
});
