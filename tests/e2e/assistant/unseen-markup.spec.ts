/**
 * The assistant on pages of the markup corpus's tuning half (tests/fixtures/markup-corpus), served at PCSE Online's own
 * address, as a user would meet them: a Locum A form with decoys (every control gets a line, decoys are left alone) and
 * an approval review whose dates worked are in a table with columns (the approver's check runs).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, extensionTest as test } from '../fixtures';
import { assistantLedger } from './ledger';
import { panel, seedExtension } from './support';

const PAGES = 'out/corpus-pages';
type Key = { id: string; kind: string; url: string; controls: { selector: string; role: string; looksLike?: string }[] };

function corpus(): { key: Key; html: string }[] {
  execFileSync('npx', ['vite-node', 'tests/fixtures/markup-corpus/write-pages.ts', '--', PAGES], { stdio: 'ignore' });
  return readdirSync(PAGES)
    .filter((file) => file.endsWith('.key.json'))
    .map((file) => {
      const key = JSON.parse(readFileSync(`${PAGES}/${file}`, 'utf8')) as Key;
      return { key, html: readFileSync(`${PAGES}/${key.id}.html`, 'utf8') };
    });
}

/** Serves one corpus page at its PCSE Online address: the content script matches it as it would the real portal. */
async function open(page: Page, entry: { key: Key; html: string }): Promise<void> {
  // The page itself; its style sheets and scripts (which the corpus does not have) get an empty answer.
  await page.route(
    (url) => url.hostname === 'secure.pcse.england.nhs.uk',
    (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ contentType: 'text/html', body: entry.html })
        : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(entry.key.url);
}

const decoysOf = (key: Key) => key.controls.filter((control) => control.role === 'decoy');

test('a Locum A form in markup nobody tuned on: every control gets a line, and decoys are left alone', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(90_000);
  const entry = corpus()
    .filter(({ key }) => key.kind === 'locumAForm' && key.id.startsWith('govuk'))
    .sort((x, y) => decoysOf(y.key).length - decoysOf(x.key).length)[0]!;
  await seedExtension(context, extensionId, assistantLedger());
  await page.bringToFront();
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, entry);
  await expect(panel(page)).toHaveAttribute('data-page-kind', 'locumAForm');
  const decoys = decoysOf(entry.key).map((decoy) => page.locator(decoy.selector));
  const before = await Promise.all(decoys.map((decoy) => decoy.inputValue()));
  await panel(page).getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(panel(page).locator('.result').first()).toBeVisible();
  expect(await Promise.all(decoys.map((decoy) => decoy.inputValue()))).toEqual(before);
  const leftAlone = panel(page).getByText(/left alone: looks like/i);
  await expect(leftAlone.first()).toBeVisible();
  expect(await leftAlone.count()).toBeGreaterThanOrEqual(Math.min(2, decoys.length));
  // The panel's list scrolled to its decoy lines: what the screenshot is for.
  await leftAlone.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/unseen/per-control-report.png' });
});

test('the approver check runs on a review page whose dates worked are in a table with columns', async ({ context, extensionId, page }) => {
  test.setTimeout(90_000);
  const entry = corpus().find(({ key, html }) => key.kind === 'approvalReview' && /<th[^>]*>[^<]*(?:from|first|start)/i.test(html))!;
  const ledger = assistantLedger();
  await seedExtension(context, extensionId, { ...ledger, settings: { ...ledger.settings, practiceMode: true } });
  await page.bringToFront();
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, entry);
  await expect(panel(page)).toHaveAttribute('data-page-kind', 'approvalReview');
  const checks = panel(page).getByRole('region', { name: 'Approver check' });
  await expect(checks).toBeVisible();
  await expect(checks).not.toContainText('Could not read');
  await page.screenshot({ path: 'docs/screenshots/unseen/approver-table.png', fullPage: true });
});
