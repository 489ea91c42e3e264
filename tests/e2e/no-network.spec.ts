// No network, at run time: a full workflow, and nothing the extension's own code does reaches for the network.
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { logIn, LOCUM, openFromDashboard, submit } from '../replica/drive.mjs';
import { assistantLedger } from './assistant/ledger';
import { fill, panel, prepare, seedExtension, tickDeclaration, TODAY } from './assistant/support';
import { expect, extensionTest as test } from './fixtures';
import { NetworkRecorder } from './network-recorder';

const DASHBOARD_VIEWS = ['sessions', 'practices', 'months', 'receipts', 'year', 'rates', 'settings'];

test('a full workflow makes no network request from the service worker, the popup, the dashboard or the content script', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(120_000);
  const recorder = new NetworkRecorder(context);
  await recorder.watchTab(page);

  const extension = await seedExtension(context, extensionId, demoLedger(TODAY));
  for (const view of DASHBOARD_VIEWS) {
    await extension.goto(`chrome-extension://${extensionId}/dashboard.html#${view}`);
    await expect(extension.locator('h1').first()).toBeVisible();
  }
  await extension.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(extension.getByRole('heading', { name: 'Locum Ledger' })).toBeVisible();

  await prepare(context, extensionId, page, 'classic', assistantLedger());
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await fill(page);
  await tickDeclaration(page, 'classic', 'A');
  await submit(page);
  await expect(panel(page)).toContainText('Receipt saved: LA-000123');
  await extension.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(extension.getByRole('region', { name: 'Locum As waiting' })).toContainText('LA-000123');

  // The recorder saw the extension at work: the content script loading the assistant from the extension itself.
  expect(recorder.recorded).toContainEqual({
    source: 'content script',
    url: expect.stringMatching(/^chrome-extension:\/\/[^/]+\/pcse-assistant\.js$/),
  });
  await test.info().attach('requests recorded', { body: JSON.stringify(recorder.recorded, null, 2), contentType: 'application/json' });
  expect(recorder.network()).toEqual([]);
});

test('control: the recorder catches a request from each part of the extension, and not the portal page’s own', async ({
  context,
  extensionId,
  page,
  baseURL,
}) => {
  const recorder = new NetworkRecorder(context);
  await recorder.watchTab(page);
  const target = (who: string) => `${baseURL}/__replica/health?from=${who}`;

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  // The pages' CSP (connect-src 'none') refuses a fetch before any request is made; an image is not a connection, so the
  // recorder's control for the pages is one.
  const fetched = (url: string) =>
    fetch(url).then(
      () => 'sent',
      () => 'refused',
    );
  expect(await dashboard.evaluate(fetched, target('dashboard-fetch'))).toBe('refused');
  await dashboard.evaluate((url) => document.body.append(Object.assign(document.createElement('img'), { src: url })), target('dashboard'));
  const [worker] = context.serviceWorkers();
  // The service worker runs under the same policy, and it has no image to fall back on: every way out is a connection.
  expect(await worker!.evaluate(fetched, target('worker'))).toBe('refused');

  await page.goto('/');
  await page.evaluate((url) => fetch(url).then((r) => r.status), target('page'));
  // Code run in the content script's isolated world, named as an extension script the way the real one is.
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))).toBeTruthy();
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))!;
  await cdp.send('Runtime.evaluate', {
    contextId: isolated.id,
    expression: `fetch(${JSON.stringify(target('content-script'))}).then((r) => r.status)\n//# sourceURL=chrome-extension://${extensionId}/content-scripts/control.js`,
    awaitPromise: true,
  });

  await expect.poll(() => recorder.network().length).toBe(2);
  expect(recorder.network()).toEqual([
    { source: 'extension page', url: target('dashboard') },
    { source: 'content script', url: target('content-script') },
  ]);
});
