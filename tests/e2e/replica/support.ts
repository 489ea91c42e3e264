// Shared setup for the replica's own end-to-end specs.
import type { APIRequestContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect } from '../fixtures';
import { PASSWORD, tableRowField, type Variant } from '../../replica/drive.mjs';

export const VARIANTS: Variant[] = ['classic', 'govuk', 'table'];
export const TODAY = '2026-03-20';

/** The replica's on-screen messages, read from its own data so the specs follow its wording. */
export const messages = JSON.parse(
  readFileSync(new URL('../../replica/data/messages.json', import.meta.url), 'utf8'),
) as typeof import('../../replica/data/messages.json');

export async function resetReplica(
  request: APIRequestContext,
  options: {
    variant: Variant;
    today?: string;
    sessionTimeoutSeconds?: number;
    labels?: Record<string, Record<string, string>>;
    hostile?: boolean;
  },
): Promise<void> {
  const response = await request.post('/__replica/reset', { data: { today: TODAY, ...options } });
  expect(response.ok()).toBe(true);
}

/**
 * Logs in over HTTP in the page's cookie jar and picks the user's organisation, then opens `path`.
 * For specs about what comes after login; the workflow and session specs log in by typing.
 */
export async function signIn(page: Page, username: string, path: string): Promise<void> {
  const login = await page.request.post('/AccountPortal/Account/Login', {
    form: { ctl00$PlaceHolderMain$signInControl$UserName: username, ctl00$PlaceHolderMain$signInControl$password: PASSWORD },
  });
  const html = await login.text();
  const token = /name="__RequestVerificationToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const organisation = /<option value="([^"]+)">/.exec(html)?.[1] ?? '';
  const chosen = await page.request.post('/HomePortal/Organisation/SelectOrganisation', {
    form: { Organisation: organisation, __RequestVerificationToken: token },
  });
  expect(chosen.url()).toContain('/HomePortal/Home/Index');
  await page.goto(path);
}

/** A validation message shown both in the error summary and beside its field. */
export async function expectFormError(page: Page, message: string): Promise<void> {
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect.poll(() => page.locator('main').getByText(message).count()).toBeGreaterThanOrEqual(2);
}

/** A calculated figure as the page shows it: a read-only input, a labelled <output>, or a table cell. */
export async function calculated(page: Page, variant: Variant, label: string): Promise<string> {
  if (variant === 'table') {
    const output = page
      .locator('.form-table > tbody > tr')
      .filter({ has: page.locator(':scope > th', { hasText: label }) })
      .locator('output');
    return (await output.textContent()) ?? '';
  }
  const field = page.getByLabel(label, { exact: true });
  return variant === 'classic' ? field.inputValue() : ((await field.textContent()) ?? '');
}

export { tableRowField };
