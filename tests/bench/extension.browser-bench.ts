import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { benchLedger } from '../fixtures/bench-ledger';
import { extensionTest as test } from '../e2e/fixtures';

const RUNS = 9;
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** Milliseconds from navigation start to the `ledger-rendered` mark the page sets once the ledger is on screen. */
async function renderTime(opener: Page, url: string): Promise<number> {
  const page = await opener.context().newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ledger-rendered').length > 0, undefined, { timeout: 60_000 });
  const time = await page.evaluate(() => performance.getEntriesByName('ledger-rendered')[0]!.startTime);
  await page.close();
  return time;
}

test('popup and dashboard with a 3,000-session ledger', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const ledger = benchLedger(3_000);
  const loaded = await page.evaluate((data) => (globalThis as any).chrome.runtime.sendMessage({ type: 'ledger/replace', data }), ledger);
  if (!loaded.ok) throw new Error(loaded.error);
  const results: Record<string, { median: number; min: number; max: number }> = {};
  for (const [name, url] of [
    ['popup, open to first meaningful render (3,000 sessions)', `chrome-extension://${extensionId}/popup.html`],
    ['dashboard load, sessions view (3,000 sessions)', `chrome-extension://${extensionId}/dashboard.html#sessions`],
    ['dashboard load, months view (3,000 sessions)', `chrome-extension://${extensionId}/dashboard.html#months`],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await renderTime(page, url));
    results[name] = { median: median(times), min: Math.min(...times), max: Math.max(...times) };
  }
  console.table(Object.fromEntries(Object.entries(results).map(([name, r]) => [name, { 'median ms': r.median.toFixed(1), 'min–max ms': `${r.min.toFixed(1)}–${r.max.toFixed(1)}` }])));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/browser-results.json', `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
});
