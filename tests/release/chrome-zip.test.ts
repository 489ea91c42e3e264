// Store readiness: the zipped Chrome package, unpacked as a store would install it, starts and works in Chromium.
// Its content script cannot be tried here: the production manifest reaches PCSE Online only, and the replica portal
// runs on 127.0.0.1, which the test builds alone may reach (tests/e2e covers the content script there).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact, ZIPS } from './artefacts';
import { extractZip } from './unzip';

const practice = { id: 'p1', name: 'Elm Tree Surgery', odsCode: 'Y99902', address: '', email: '', approverContact: '' };

describe('the zipped Chrome package, unpacked and loaded in Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'locum-ledger-chrome-'));
  const requests: string[] = [];
  let context: BrowserContext;
  let origin: string;

  const ask = (page: Page, message: unknown) => page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
  const open = async (file: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}/${file}`);
    await page.locator('h1').first().waitFor();
    return page;
  };

  beforeAll(async () => {
    extractZip(artefact(ZIPS.chrome), dir);
    context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-gpu', '--lang=en-GB'],
    });
    context.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) requests.push(request.url());
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  });
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts its service worker from the package', () => {
    expect(context.serviceWorkers().map((w) => w.url())).toEqual([`${origin}/background.js`]);
  });

  it('renders the popup, which adds a session through the background to the ledger', async () => {
    const popup = await open('popup.html');
    expect(await ask(popup, { type: 'practice/save', practice })).toMatchObject({ ok: true });
    await popup.reload();
    const form = popup.getByRole('form', { name: 'Add session' });
    await form.getByLabel('Date worked').fill('2026-11-04');
    await form.getByLabel('Practice').fill('Elm Tree Surgery');
    await form.getByLabel('Fee (£)').fill('720');
    await form.getByRole('button', { name: 'Add session' }).click();
    await popup.getByRole('status').filter({ hasText: 'Added' }).waitFor();
    const ledger = await ask(popup, { type: 'ledger/read' });
    expect(ledger.result.sessions).toEqual([expect.objectContaining({ dateWorked: '2026-11-04', feePence: 72000 })]);
  });

  it('renders the dashboard with the session in it', async () => {
    const dashboard = await open('dashboard.html#sessions');
    await dashboard.getByRole('row', { name: /04\/11\/2026/ }).waitFor();
    expect(await dashboard.getByRole('row', { name: /04\/11\/2026/ }).textContent()).toContain('£720.00');
    expect(await dashboard.getByRole('navigation', { name: 'Dashboard' }).isVisible()).toBe(true);
  });

  it('refuses the test builds’ message that moves "today"', async () => {
    const popup = await open('popup.html');
    expect(await ask(popup, { type: 'test/set-today', today: '2030-01-01' })).toMatchObject({ ok: false });
  });

  it('made no request outside the extension in all of the above (a store package, a fresh profile)', () => {
    expect(requests).toEqual([]);
  });

  it('refuses to run a script from anywhere but itself (content security policy)', async () => {
    const dashboard = await open('dashboard.html');
    const failed = dashboard.waitForEvent('requestfailed');
    const violation = await dashboard.evaluate(
      () =>
        new Promise<{ directive: string; blocked: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ directive: event.effectiveDirective, blocked: event.blockedURI }),
          );
          const script = document.createElement('script');
          script.src = 'https://scripts.example.invalid/remote.js';
          document.head.append(script);
        }),
    );
    expect(violation).toEqual({ directive: 'script-src-elem', blocked: 'https://scripts.example.invalid/remote.js' });
    expect((await failed).failure()?.errorText).toBe('csp');
  });
});
