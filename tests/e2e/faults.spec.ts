import type { BrowserContext, Page } from '@playwright/test';
import { benchLedger } from '../fixtures/bench-ledger';
import { ask, expect, serviceWorker, extensionTest as test } from './fixtures';

// Faults injected into the real extension: its MV3 service worker stopped in the middle of a large write. IndexedDB
// transactions are atomic, so the ledger must come back entirely as it was or entirely as written, and still load.

type Ledger = ReturnType<typeof benchLedger>;
type Fault = { written: number; held: boolean };

/**
 * Counts the puts the background has written. With `holdAfter`, once that many have been written it keeps the transaction
 * busy with reads so it cannot commit: the stop then lands between the writes and the commit, every time.
 */
async function watchWrites(context: BrowserContext, holdAfter?: number): Promise<void> {
  await serviceWorker(context).evaluate((hold) => {
    const fault: Fault = { written: 0, held: false };
    (globalThis as { fault?: Fault }).fault = fault;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      request.addEventListener('success', () => {
        fault.written++;
        if (fault.written !== hold) return;
        fault.held = true;
        const spin = () => (this.count().onsuccess = spin);
        spin();
      });
      return request;
    };
  }, holdAfter);
}

async function faultState(context: BrowserContext): Promise<Fault> {
  return serviceWorker(context).evaluate(() => (globalThis as { fault?: Fault }).fault!);
}

/** Stops every service worker through the DevTools protocol, as Chrome does to an idle MV3 worker, and waits until it has. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Sends a request from the page without waiting: its reply may never come once the worker is stopped. */
function sendUnawaited(page: Page, request: unknown): Promise<unknown> {
  return page.evaluate(
    (message) => (globalThis as any).chrome.runtime.sendMessage(message).catch((error: Error) => ({ lost: error.message })),
    request,
  );
}

/** The records of a ledger as one text, whatever order the records and their fields were written or read in. */
function recordsOf(ledger: Ledger): string {
  const record = (value: object) => JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return [ledger.practices, ledger.sessions, ledger.invoices].map((records) => records.map(record).sort().join('\n')).join('\n\n');
}

/** Which of the two ledgers the store holds: the old one, the new one, or (the failure) anything else. */
function whichLedger(read: Ledger, old: Ledger, written: Ledger): 'old' | 'new' | 'mixed' {
  return recordsOf(read) === recordsOf(old) ? 'old' : recordsOf(read) === recordsOf(written) ? 'new' : 'mixed';
}

async function expectDashboardLoads(page: Page, extensionId: string, sessions: number): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  await page.reload();
  await expect(page.locator('table[aria-rowcount]')).toHaveAttribute('aria-rowcount', String(sessions + 1));
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test.describe('the service worker stopped in the middle of a write', () => {
  test.setTimeout(120_000);

  test('a ledger/replace of 6,000 sessions, stopped after its writes and before its commit, leaves the old ledger whole', async ({
    context,
    page,
    extensionId,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await ask(page, { type: 'ledger/replace', data: benchLedger(400, 1) });
    const old = await ask(page, { type: 'ledger/read' });
    const replacement = benchLedger(6_000, 2);
    await watchWrites(context, 6_000);
    const reply = sendUnawaited(page, { type: 'ledger/replace', data: replacement });
    await expect.poll(async () => (await faultState(context)).held, { timeout: 60_000 }).toBe(true);
    expect((await faultState(context)).written).toBeGreaterThanOrEqual(6_000);
    await stopServiceWorker(page);
    expect(await reply).not.toEqual({ ok: true });
    const after = await ask(page, { type: 'ledger/read' });
    expect(whichLedger(after, old, replacement)).toBe('old');
    expect(after).toEqual(old);
    await expectDashboardLoads(page, extensionId, 400);
  });

  test('a bulk save of 3,000 sessions, stopped half-way through its writes, adds none of them', async ({ context, page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const start = benchLedger(400, 1);
    await ask(page, { type: 'ledger/replace', data: start });
    const old = await ask(page, { type: 'ledger/read' });
    const more = benchLedger(3_400, 1)
      .sessions.slice(400)
      .map((session) => ({ ...session, invoiceId: undefined }));
    await watchWrites(context, 1_500);
    const reply = sendUnawaited(page, { type: 'sessions/save', sessions: more, practices: [] });
    await expect.poll(async () => (await faultState(context)).held, { timeout: 60_000 }).toBe(true);
    await stopServiceWorker(page);
    expect(await reply).not.toEqual({ ok: true });
    const after = await ask(page, { type: 'ledger/read' });
    expect(after.sessions).toHaveLength(400);
    expect(after).toEqual(old);
    await expectDashboardLoads(page, extensionId, 400);
  });

  test('a ledger/replace stopped at whatever point the writes have reached is old or new, never a mix', async ({
    context,
    page,
    extensionId,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const outcomes: string[] = [];
    for (const [i, stopAfter] of [1, 1_500, 3_000, 3_999].entries()) {
      const old = benchLedger(300 + i, 10 + i);
      await ask(page, { type: 'ledger/replace', data: old });
      const replacement = benchLedger(4_000, 20 + i);
      await watchWrites(context);
      const reply = sendUnawaited(page, { type: 'ledger/replace', data: replacement });
      await expect.poll(async () => (await faultState(context)).written >= stopAfter, { timeout: 60_000, intervals: [5] }).toBe(true);
      await stopServiceWorker(page);
      await reply;
      const after = await ask(page, { type: 'ledger/read' });
      const outcome = whichLedger(after, old, replacement);
      outcomes.push(outcome);
      expect(outcome, `stopped after ${stopAfter} writes`).not.toBe('mixed');
      await expectDashboardLoads(page, extensionId, outcome === 'old' ? old.sessions.length : replacement.sessions.length);
    }
    test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') });
  });
});

test('a full disk in the middle of an import says so on the page, and the ledger keeps what it had', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, { type: 'ledger/replace', data: benchLedger(50, 1) });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();
  // Chrome's DevTools quota override does not reach an extension's own storage, so the worker's second put throws
  // what IndexedDB throws when the disk is full.
  await serviceWorker(context).evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const practice = before.practices[0]!.name;
  const csv = `Date worked,Practice,Fee\r\n03/11/2026,${practice},850\r\n04/11/2026,${practice},900\r\n05/11/2026,${practice},950\r\n`;
  await page.getByLabel('CSV file').setInputFiles({ name: 'sessions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import 3 good rows' }).click();
  await expect(page.getByRole('status').last()).toHaveText(
    'Your browser has no room left for the ledger. Free some disk space, then try again; nothing was changed.',
  );
  expect(await ask(page, { type: 'ledger/read' })).toEqual(before);
});
