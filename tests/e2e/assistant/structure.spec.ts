import AxeBuilder from '@axe-core/playwright';
import { expect, extensionTest as test } from '../fixtures';
import { logIn, LOCUM, openFromDashboard } from '../../replica/drive.mjs';
import { parseStructure } from '../../../lib/portal/structure/schema';
import { assistantLedger } from './ledger';
import { fieldLabelled, fill, panel, prepare } from './support';

test('the keyboard shortcut fills the Locum A', async ({ context, extensionId, page }) => {
  await prepare(context, extensionId, page, 'govuk', assistantLedger());
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await expect(panel(page)).toContainText('Alt+Shift+L');
  await expect(panel(page).getByLabel('Fill from invoice')).toContainText('INV-0302');
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+L');
  await expect(fieldLabelled(page, 'govuk', 'Locum fee, excluding employer contributions (£)')).toHaveValue('2194.45');
  await expect(panel(page).getByRole('status').filter({ hasText: 'verified' })).toBeVisible();
});

test('copy page structure shows a valid file with labels and layout but none of the data on the page', async ({
  context,
  extensionId,
  page,
}) => {
  await prepare(context, extensionId, page, 'classic', assistantLedger());
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await fill(page);
  await panel(page).getByRole('button', { name: 'Copy page structure' }).click();
  const text = (await panel(page).getByRole('region', { name: 'Page structure' }).locator('pre').textContent())!;
  const parsed = parseStructure(text);
  expect(parsed.ok).toBe(true);
  expect(text).toContain('Locum fee, excluding employer contributions (£)');
  expect(text).toContain('"recognised": "practiceCode"');
  for (const secret of ['Alex', 'Morgan', '84123456', 'QQ123456C', '7012345', 'Y99901', '2194.45', '02/03/2026', 'INV-0302', 'Riverside'])
    expect(text).not.toContain(secret);
  await panel(page).getByRole('region', { name: 'Page structure' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'out/screenshots/panel-classic-structure.png' });
  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Save as file' }).click();
  expect((await downloading).suggestedFilename()).toBe('pcse-page-structure-locumAForm.json');
});

test('the panel, filled, has no accessibility violations (axe)', async ({ context, extensionId, page }) => {
  await prepare(context, extensionId, page, 'govuk', assistantLedger());
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await fill(page);
  const { violations } = await new AxeBuilder({ page }).include('locum-ledger-panel').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});
