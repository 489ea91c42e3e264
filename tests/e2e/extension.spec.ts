import AxeBuilder from '@axe-core/playwright';
import { expect, extensionTest as test } from './fixtures';

test('the dashboard shows the rates in force, with their status and sources', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NHS pension rates for GP locum work');
  const current = page.locator('section.card').first();
  await expect(current.getByRole('heading')).toContainText(/Scheme year \d{4}\/\d{2}/);
  await expect(current.getByRole('row')).toHaveCount(7);
  await expect(current).toContainText('14.38%');
  await page.getByText(/Earlier scheme years/).click();
  await expect(page.getByRole('heading', { name: /Scheme year 2015\/16/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Up to £15,431.99' }).first()).toBeVisible();
});

test('the popup names the next Locum B deadline and opens the dashboard', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByLabel('Next Locum B deadline')).toContainText(/due by \d{2}\/\d{2}\/\d{4}/);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open dashboard' }).click();
  await expect(await opened).toHaveURL(/dashboard\.html$/);
});

test('popup and dashboard have no accessibility violations (axe)', async ({ page, extensionId }) => {
  for (const view of ['popup.html', 'dashboard.html']) {
    await page.goto(`chrome-extension://${extensionId}/${view}`);
    await page.locator('h1').waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${view}: ${v.id}: ${v.help}`)).toEqual([]);
  }
});
