// `npm start`: build the extension, start the replica PCSE Online portal, and open Chromium with the extension
// loaded in a fresh profile under out/ that holds the demo ledger (never a real user's store), logged in to the
// replica as the demo locum on the Locum A page. With no display it runs headless, fills a Locum A with the
// in-page assistant, walks through the dashboard, and saves screenshots under out/ instead.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, findChromium, run } from './lib/setup.mjs';

ensureDependencies();
const executablePath = findChromium();
if (run('npx', ['wxt', 'build', '--mode', 'test']) !== 0) process.exit(1);

const { chromium } = await import('@playwright/test');
const { startReplica } = await import('../tests/replica/server.mjs');
const { logIn, LOCUM, openFromDashboard } = await import('../tests/replica/drive.mjs');
const { demoLedger } = await import('../lib/dev/demo-ledger.mjs');

const variant = process.env.REPLICA_VARIANT ?? 'classic';
const replica = await startReplicaOnFreePort(Number(process.env.REPLICA_PORT ?? 4123));
const extension = path.resolve('.output/chrome-mv3-test');

/** A test run in another terminal may hold the replica's port: say so in one line and take a free port (the extension matches any). */
async function startReplicaOnFreePort(port) {
  try {
    return await startReplica({ port, variant });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    const replica = await startReplica({ port: 0, variant });
    console.log(`Port ${port} is in use (a test run or another npm start?), so the replica is on ${replica.url} instead.`);
    return replica;
  }
}
const profile = path.resolve('out/chromium-profile');
const headless = !process.env.DISPLAY;
rmSync(profile, { recursive: true, force: true });
mkdirSync('out', { recursive: true });

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  baseURL: replica.url,
  viewport: headless ? { width: 1280, height: 860 } : null,
  locale: 'en-GB',
  // On Linux Chromium's language, and so how a date is written and read, comes from LANGUAGE and LANG, not --lang.
  env: { ...process.env, LANGUAGE: 'en_GB', LANG: 'en_GB.UTF-8' },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--lang=en-GB'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionUrl = (page) => `chrome-extension://${new URL(worker.url()).host}/${page}`;

const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const demo = demoLedger(today);
const dashboard = context.pages()[0] ?? (await context.newPage());
await dashboard.goto(extensionUrl('dashboard.html'));
const loaded = await dashboard.evaluate((data) => chrome.runtime.sendMessage({ type: 'ledger/replace', data }), demo);
if (!loaded.ok) throw new Error(`The demo ledger did not load: ${loaded.error}`);

const portal = await context.newPage();
await logIn(portal, LOCUM);
await openFromDashboard(portal, 'Locum A Forms', 'Create Locum A');

if (headless) {
  await walkThrough();
  await context.close();
  await replica.close();
  console.log('No display: ran headless and saved screenshots under out/ (replica Locum A, dashboard views, popup).');
} else {
  await portal.bringToFront();
  console.log(
    `Chromium is open with Locum Ledger and the demo ledger, on the replica portal (${replica.url}, ${variant} markup). Close the browser to finish.`,
  );
  await new Promise((resolve) => context.on('close', resolve));
  await replica.close();
}

async function walkThrough() {
  await portal.screenshot({ path: 'out/replica-locum-a-empty.png', fullPage: true });
  const panel = portal.getByRole('complementary', { name: 'Locum Ledger' });
  await panel.getByRole('button', { name: 'Fill', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: 'verified' }).waitFor();
  await portal.locator('#ui-datepicker-div').waitFor({ state: 'hidden' });
  await portal.screenshot({ path: 'out/replica-locum-a-filled.png', fullPage: true });
  for (const view of ['sessions', 'practices', 'months', 'receipts', 'year', 'rates', 'settings']) {
    await dashboard.goto(extensionUrl(`dashboard.html#${view}`));
    await dashboard.reload();
    await dashboard.locator('h1').first().waitFor();
    await dashboard.screenshot({ path: `out/dashboard-${view}.png`, fullPage: !['sessions', 'months', 'year'].includes(view) });
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionUrl('popup.html'));
  await popup.locator('h2').first().waitFor();
  await popup.screenshot({ path: 'out/popup.png', fullPage: true });
}
