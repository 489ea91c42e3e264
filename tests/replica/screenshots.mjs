#!/usr/bin/env node
// Saves each variant's Locum A page (filled, and with validation errors) and Locum B page (filled,
// and its success page) to docs/screenshots/replica/. Runs the replica in-process on a free port;
// the browser may reach 127.0.0.1 only.
// Usage: node tests/replica/screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startReplica } from './server.mjs';
import { VARIANTS } from './lib/store.mjs';
import { LOCUM, fillLocumA, fillLocumB, logIn, openFromDashboard, submit } from './drive.mjs';

const OUT = fileURLToPath(new URL('../../docs/screenshots/replica/', import.meta.url));
const TODAY = '2026-03-20';

const LOCUM_A = {
  ods: 'Y99901',
  workType: 'practice',
  periods: [
    { first: '02/03/2026', last: '03/03/2026' },
    { first: '09/03/2026', last: '09/03/2026' },
  ],
  fee: '2,194.45',
  datePaid: '16/03/2026',
  tier: '9.8',
  declaration: true,
};
const LOCUM_B = { month: '2026-02', tier: '9.8', refs: ['LA-000119'], extras: { d: '25.00' }, declaration: true };

/** Closes any open widget and waits for the datepicker's fade-out, so nothing half-drawn is captured. */
async function shoot(page, name) {
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const datepicker = page.locator('#ui-datepicker-div');
  if (await datepicker.count()) await datepicker.waitFor({ state: 'hidden' });
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
  console.log(`saved ${name}.png`);
}

async function variantShots(browser, url, variant) {
  await fetch(`${url}/__replica/reset`, { method: 'POST', body: JSON.stringify({ variant, today: TODAY }) });
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await logIn(page, LOCUM);

  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await submit(page);
  await shoot(page, `${variant}-locum-a-errors`);
  await page.goto('/GPP/Locum/LocumA/Create');
  await fillLocumA(page, variant, LOCUM_A);
  await shoot(page, `${variant}-locum-a-filled`);

  await page.goto('/GPP/Locum/LocumB/Create');
  await fillLocumB(page, variant, LOCUM_B);
  await shoot(page, `${variant}-locum-b-filled`);
  await submit(page);
  await page.getByRole('heading', { name: 'Locum B form submitted' }).waitFor();
  await shoot(page, `${variant}-locum-b-success`);
  await context.close();
}

await mkdir(OUT, { recursive: true });
const replica = await startReplica({ port: 0, today: TODAY });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
try {
  for (const variant of VARIANTS) await variantShots(browser, replica.url, variant);
} finally {
  await browser.close();
  await replica.close();
}
