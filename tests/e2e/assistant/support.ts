// Shared setup for the portal assistant's end-to-end specs: the built extension on the replica portal.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { demoLedger } from '../../../lib/dev/demo-ledger.mjs';
import { ask, expect } from '../fixtures';
import { resetReplica, TODAY } from '../replica/support';
import { tableRowField, type Variant } from '../../replica/drive.mjs';

export { TODAY };

/** Loads a ledger through the dashboard and sets the test build's clock to the replica's "today". */
export async function seedExtension(context: BrowserContext, extensionId: string, data: unknown = demoLedger(TODAY)): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await ask(page, { type: 'ledger/replace', data });
  await ask(page, { type: 'test/set-today', today: TODAY });
  return page;
}

export async function prepare(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  variant: Variant,
  data?: unknown,
  labels?: Record<string, Record<string, string>>,
): Promise<Page> {
  await resetReplica(page.request, { variant, ...(labels ? { labels } : {}) });
  const extension = await seedExtension(context, extensionId, data);
  // A background tab gets no animation frames, and Playwright waits on them before each click.
  await page.bringToFront();
  return extension;
}

export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Locum Ledger' });
}

/** The panel's line for a field, by the concept's name, as a locum reads it. */
export function resultFor(page: Page, name: string | RegExp): Locator {
  return panel(page)
    .locator('.result')
    .filter({ has: page.locator('.result__name', { hasText: name }) });
}

export async function fill(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'verified' })).toBeVisible();
  // The classic datepicker fades out after Fill closes it; screenshots should not catch it half-way.
  await expect(page.locator('#ui-datepicker-div')).toBeHidden();
}

/** A field found the way a person finds it: by its label, or in the table variant by the header cell beside it. */
export function fieldLabelled(page: Page, variant: Variant, label: string): Locator {
  return variant === 'table' ? tableRowField(page, label) : page.getByLabel(label);
}

/** The user's own act, never the assistant's: ticking the declaration. */
export async function tickDeclaration(page: Page, variant: Variant, form: 'A' | 'B'): Promise<void> {
  const text = form === 'A' ? 'I claim NHS Pension Scheme membership' : 'I confirm the information on this form';
  if (variant === 'table') await tableRowField(page, text).check();
  else await page.getByLabel(new RegExp(`^${text}`)).check();
}
