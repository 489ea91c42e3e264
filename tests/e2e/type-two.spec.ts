import type { Page } from '@playwright/test';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

/** The demo ledger on 15/06/2026: 2025/26 has closed, 2026/27 has just begun. A salaried role and a 9.8% tier ticked. */
const TODAY = '2026-06-15';
const SALARIED = {
  description: 'Salaried GP, Elm Tree Surgery',
  pensionablePayPence: 4_500_000,
  fullYear: false,
  days: 150,
  kind: 'salaried',
};

async function openOn(page: Page, extensionId: string, today: string, data: unknown) {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00Z`));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#type2`);
  await ask(page, { type: 'test/set-today', today });
  await ask(page, { type: 'ledger/replace', data });
  await page.reload();
}

test('the Type 2 tab shows a closed year’s Box 5c, its row 2 role and the due date', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const demo = demoLedger(TODAY);
  const data = {
    ...demo,
    profile: { ...demo.profile, otherRoles: [SALARIED] },
    settings: { ...demo.settings, chosenRates: { '2025-26': 9.8 } },
  };
  await openOn(page, extensionId, TODAY, data);
  await expect(page.getByRole('link', { name: 'Type 2' })).toHaveAttribute('aria-current', 'page');
  const pack = page.getByRole('region', { name: 'Type 2 pack for 2025/26' });
  await expect(pack.getByRole('row', { name: /Box 5c: difference/ })).toContainText(
    /£[\d,]+\.\d\d (owed to NHS England|to be refunded to you)/,
  );
  await expect(pack.getByRole('row', { name: /Form due by/ })).toContainText('28/02/2027');
  await expect(pack.getByRole('row', { name: /Salaried GP, Elm Tree Surgery/ })).toContainText('£45,000.00');
  await expect(pack.getByRole('row', { name: /Salaried GP, Elm Tree Surgery/ })).toContainText('Row 2');
  await expect(page.getByRole('region', { name: 'Type 2 pack for 2026/27' })).toContainText('2026/27 closes on 31/03/2027');
  // The closed year is the one whose form is due: scroll its pack to the top for the screenshot.
  await pack.evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'docs/screenshots/year/type-2-pack.png' });
});
