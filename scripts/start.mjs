// `npm start`: build the extension and open Chromium with it loaded, in a fresh profile under out/ holding the
// demo ledger (never a real user's store). With no display it runs headless and saves screenshots under out/ instead.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, findChromium, run } from './lib/setup.mjs';

ensureDependencies();
const executablePath = findChromium();
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);

const { chromium } = await import('@playwright/test');
const extension = path.resolve('.output/chrome-mv3');
const profile = path.resolve('out/chromium-profile');
const headless = !process.env.DISPLAY;
rmSync(profile, { recursive: true, force: true });
mkdirSync('out', { recursive: true });

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
  locale: 'en-GB',
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--lang=en-GB'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionUrl = (page) => `chrome-extension://${new URL(worker.url()).host}/${page}`;
const dashboard = context.pages()[0] ?? (await context.newPage());
await dashboard.goto(extensionUrl('dashboard.html'));
const { demoLedger } = await import('../tests/fixtures/demo-ledger.mjs');
const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const loaded = await dashboard.evaluate((data) => chrome.runtime.sendMessage({ type: 'ledger/replace', data }), demoLedger(today));
if (!loaded.ok) throw new Error(`The demo ledger did not load: ${loaded.error}`);
await dashboard.reload();

if (headless) {
  for (const view of ['sessions', 'practices', 'months', 'receipts', 'year', 'rates', 'settings']) {
    await dashboard.goto(extensionUrl(`dashboard.html#${view}`));
    await dashboard.reload();
    await dashboard.locator('h1').first().waitFor();
    await dashboard.screenshot({ path: `out/dashboard-${view}.png`, fullPage: view !== 'sessions' && view !== 'months' });
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(extensionUrl('popup.html'));
  await popup.screenshot({ path: 'out/popup.png', fullPage: true });
  await context.close();
  console.log('No display: ran headless and saved out/dashboard-*.png and out/popup.png.');
} else {
  console.log('Chromium is open with Locum Ledger loaded. Close the browser to finish.');
  await new Promise((resolve) => context.on('close', resolve));
}
