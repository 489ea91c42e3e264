import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { extensionTest as test } from '../e2e/fixtures';
import { startReplica } from '../replica/server.mjs';

const RUNS = 9;
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const summary = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** One Riverside invoice of 20 separate days: 20 date periods on one Locum A. */
function twentyPeriodLedger() {
  const practice = { id: 'riverside', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };
  const dates = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + 2 * i)).toISOString().slice(0, 10));
  const sessions = dates.map((dateWorked, i) => ({ id: `s${i}`, dateWorked, practiceId: practice.id, feePence: 50_000, workType: 'practice', invoiceId: 'inv', pensioned: true, notes: '' }));
  const invoice = { id: 'inv', practiceId: practice.id, reference: 'INV-20', sessionIds: sessions.map((s) => s.id), paidOn: '2026-03-10' };
  return { profile: null, practices: [practice], sessions, invoices: [invoice], submissions: [], receipts: [], settings: { notifications: true } };
}

async function latest(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name);
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, name);
}

test('portal assistant: detection, fill and verify of 20 periods, content-script size', async ({ page, context, extensionId }) => {
  const replica = await startReplica({ port: 0, variant: 'govuk', today: '2026-03-20' });
  try {
    const extension = await context.newPage();
    await extension.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await extension.evaluate((data) => (globalThis as any).chrome.runtime.sendMessage({ type: 'ledger/replace', data }), twentyPeriodLedger());
    await extension.close();
    await page.goto(`${replica.url}/AccountPortal/Account/Login`);
    await page.locator('#PlaceHolderMain_signInControl_UserName').fill('alex.morgan@example.test');
    await page.locator('#PlaceHolderMain_signInControl_password').fill('demo-password');
    await page.locator('#PlaceHolderMain_signInControl_login').click();
    await page.locator('#Organisation-button').click();
    await page.locator('#Organisation-menu li').nth(1).click();
    await page.locator('input[type=button][value="Continue"]').click();
    const detect: number[] = [];
    const script: number[] = [];
    const total: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${replica.url}/GPP/Locum/LocumA/Create`);
      detect.push(await latest(page, 'locum-ledger:detect'));
      await page.getByRole('button', { name: 'Fill', exact: true }).click();
      script.push(await latest(page, 'locum-ledger:fill-script'));
      total.push(await latest(page, 'locum-ledger:fill-total'));
      const rows = await page.locator('.govuk-period').count();
      if (rows !== 20) throw new Error(`expected 20 period rows after Fill, found ${rows}`);
    }
    const bundle = readFileSync('.output/chrome-mv3-test/content-scripts/pcse.js');
    const results = {
      'detect the page kind, replica Locum A page (ms)': summary(detect),
      'fill and verify a Locum A of 20 periods, script time (ms)': summary(script),
      'fill and verify a Locum A of 20 periods, total to a verified form (ms)': summary(total),
      'content script, gzipped (KB)': { median: gzipSync(bundle).length / 1024, min: 0, max: 0 },
    };
    console.table(Object.fromEntries(Object.entries(results).map(([name, r]) => [name, { median: r.median.toFixed(1), 'min–max': `${r.min.toFixed(1)}–${r.max.toFixed(1)}` }])));
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/portal-results.json', `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
  } finally {
    await replica.close();
  }
});
