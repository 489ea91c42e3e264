// The extension's page figures for `npm run bench`: popup and dashboard with a 3,000-session ledger, the sessions table
// scrolled at 30,000 sessions, and a 10,000-session backup restored into IndexedDB. The built test extension in headless
// Chromium; each figure is read from the page's own Performance timeline, so Playwright's round trips are not counted.
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { benchLedger } from '../fixtures/bench-ledger';
import { extensionTest as test } from '../e2e/fixtures';
import { rowOf, runs, writePart, type BenchRow } from './rows';

const RUNS = runs(9);

async function replaceLedger(page: Page, sessions: number): Promise<void> {
  const loaded = await page.evaluate(
    (data) => (globalThis as any).chrome.runtime.sendMessage({ type: 'ledger/replace', data }),
    benchLedger(sessions),
  );
  if (!loaded.ok) throw new Error(loaded.error);
}

/** Milliseconds from navigation start to the `ledger-rendered` mark the page sets once the ledger is on screen. */
async function renderTime(opener: Page, url: string): Promise<number> {
  const page = await opener.context().newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ledger-rendered').length > 0, undefined, { timeout: 60_000 });
  const time = await page.evaluate(() => performance.getEntriesByName('ledger-rendered')[0]!.startTime);
  await page.close();
  return time;
}

/** Each scroll-driven update of the windowed sessions table, from the scroll event to the new rows in the DOM. */
async function scrollFrames(page: Page, steps: number): Promise<number[]> {
  await page.waitForFunction(() => performance.getEntriesByName('ledger-rendered').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(async (count) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let step = 0; step < count; step++) {
      scrollBy(0, 1_500);
      await frame();
    }
    return performance.getEntriesByName('sessions-table-scroll').map((entry) => entry.duration);
  }, steps);
}

/** Milliseconds from choosing a backup file to the dashboard saying it was restored: read, validated, written. */
async function restoreTime(opener: Page, url: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<number> {
  const page = await opener.context().newPage();
  await page.goto(url);
  const input = page.getByLabel('Restore from a backup file');
  await input.evaluate((element) => {
    const timing = { chosen: 0, restored: 0 };
    (globalThis as any).restoreTiming = timing;
    element.addEventListener('change', () => (timing.chosen = performance.now()), { capture: true });
    new MutationObserver(() => {
      // Not the first status on the page: the backup reminder banner is a status too.
      const restored = [...document.querySelectorAll('[role=status]')].some((status) => status.textContent?.startsWith('Restored'));
      if (restored && !timing.restored) timing.restored = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await input.setInputFiles(file);
  // A restore now waits for the user's Restore under its summary; the click's round trip is a few milliseconds of the figure.
  await page.getByRole('region', { name: 'Restore summary' }).getByRole('button', { name: 'Restore' }).click({ timeout: 120_000 });
  await page.waitForFunction(() => (globalThis as any).restoreTiming.restored > 0, undefined, { timeout: 120_000, polling: 100 });
  const time = await page.evaluate(() => (globalThis as any).restoreTiming.restored - (globalThis as any).restoreTiming.chosen);
  await page.close();
  return time;
}

test('popup, dashboard, sessions table and restore', async ({ page, extensionId }) => {
  const base = `chrome-extension://${extensionId}`;
  await page.goto(`${base}/dashboard.html`);
  await replaceLedger(page, 3_000);
  const rows: BenchRow[] = [];
  for (const [id, metric, url] of [
    ['popup', 'Popup, open to first meaningful render, 3,000 sessions', `${base}/popup.html`],
    ['dashboard-sessions', 'Dashboard load, sessions view, 3,000 sessions', `${base}/dashboard.html#sessions`],
    ['dashboard-months', 'Dashboard load, months view, 3,000 sessions', `${base}/dashboard.html#months`],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await renderTime(page, url));
    rows.push(rowOf(id, metric, 'ms', times));
    console.log(`${metric}: measured`);
  }

  await replaceLedger(page, 30_000);
  const table = await page.context().newPage();
  await table.goto(`${base}/dashboard.html#sessions`);
  rows.push(
    rowOf('sessions-scroll', 'Sessions table at 30,000 sessions, one scroll update', 'ms', await scrollFrames(table, Math.max(RUNS, 20))),
  );
  await table.close();
  console.log('sessions table: measured');

  // Through Vite, as the extension is built: the engine's JSON data files need its loader, not Playwright's.
  const backupModule = new URL('../../lib/ledger/backup.ts', import.meta.url);
  const { serialiseBackup } = (await runnerImport<typeof import('../../lib/ledger/backup')>(fileURLToPath(backupModule))).module;
  const backup = {
    name: 'backup-10000.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseBackup(benchLedger(10_000), '2026-11-21T09:00:00.000Z')),
  };
  const restores: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 5); run++) restores.push(await restoreTime(page, `${base}/dashboard.html#settings`, backup));
  console.log('restore: measured');
  rows.push(rowOf('restore-10000', 'Restore of a 10,000-session backup into IndexedDB', 'ms', restores));

  writePart('extension', rows);
  for (const row of rows)
    console.log(`${row.metric}: median ${row.median.toFixed(1)} ${row.unit} (${row.min.toFixed(1)}–${row.max.toFixed(1)})`);
});
