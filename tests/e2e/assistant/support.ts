// Shared setup for the portal assistant's end-to-end specs: the built extension on the replica portal.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { demoLedger } from '../../fixtures/demo-ledger.mjs';
import { ask, expect } from '../fixtures';
import { resetReplica, TODAY } from '../replica/support';
import type { Variant } from '../../replica/drive.mjs';

export { TODAY };

/** Loads a ledger through the dashboard and sets the test build's clock to the replica's "today". */
export async function seedExtension(context: BrowserContext, extensionId: string, data: unknown = demoLedger(TODAY)): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await ask(page, { type: 'ledger/replace', data });
  await ask(page, { type: 'test/set-today', today: TODAY });
  return page;
}

export async function prepare(context: BrowserContext, extensionId: string, page: Page, variant: Variant, data?: unknown): Promise<Page> {
  await resetReplica(page.request, { variant });
  return seedExtension(context, extensionId, data);
}

export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Locum Ledger' });
}

/** The panel's line for a field, by the concept's name, as a locum reads it. */
export function resultFor(page: Page, name: string | RegExp): Locator {
  return panel(page).locator('.result').filter({ has: page.locator('.result__name', { hasText: name }) });
}

export async function fill(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'verified' })).toBeVisible();
}
