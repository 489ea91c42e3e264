import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

const SHOTS = 'docs/screenshots/first-run';

test('first run: a locum chooses, follows the checklist, and a bad SD number is shown at its field', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const choice = page.getByRole('region', { name: 'Welcome to Locum Ledger' });
  await expect(choice.getByRole('button', { name: "I'm a locum" })).toBeVisible();
  await expect(choice.getByRole('button', { name: 'I approve locum forms for a practice' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
  await page.screenshot({ path: `${SHOTS}/locum-choice.png` });

  await choice.getByRole('button', { name: "I'm a locum" }).click();
  await expect(page).toHaveURL(/#settings$/);
  expect((await ask(page, { type: 'ledger/read' })).settings.role).toBe('locum');
  const checklist = page.getByRole('region', { name: /Get started: 3 steps left/ });
  await expect(checklist.getByRole('listitem')).toHaveText([
    /To do: Your details/,
    /To do: Your practices/,
    /To do: Your first session, or an import/,
  ]);

  const details = page.getByRole('form', { name: 'Your details' });
  await details.getByLabel('Name').fill('Dr Alex Morgan');
  await details.getByLabel('SD number').fill('SD 1234');
  await details.getByRole('button', { name: 'Save details' }).click();
  const sd = details.getByLabel('SD number');
  await expect(sd).toHaveAttribute('aria-invalid', 'true');
  await expect(sd).toHaveAccessibleDescription(/"SD 1234" is not valid: an SD number is eight digits/);
  await expect(details.getByRole('status')).toHaveText('Not saved: correct the details marked ✗.');
  expect((await ask(page, { type: 'ledger/read' })).profile).toBeNull();
  await sd.focus();
  await page.screenshot({ path: `${SHOTS}/profile-bad-sd.png` });

  await sd.fill('');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(sd).toHaveAccessibleDescription(/no SD number is given, so the Locum B has no payment reference/);
  await expect(details.getByRole('status')).toHaveText('Saved, with the warning shown at its field.');
  await sd.fill('SD12345678');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('region', { name: /Get started: 2 steps left/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/locum-checklist.png` });

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#practices`);
  const practice = page.getByRole('form', { name: 'Add practice' });
  await practice.getByLabel('Practice name').fill('Riverside Medical Centre');
  await practice.getByLabel('ODS code').fill('Y9990');
  await practice.getByRole('button', { name: 'Add practice' }).click();
  await expect(practice.getByLabel('ODS code')).toHaveAccessibleDescription(/one letter and five digits, like A12345/);
  expect((await ask(page, { type: 'ledger/read' })).practices).toEqual([]);
});

test('the popup on an empty ledger points to the first steps, at 16 px', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('region', { name: 'Your ledger is empty' })).toContainText('your details, your practices');
  await expect(page.getByText('Every pensioned session is on a submitted Locum A.')).toHaveCount(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
  await page.screenshot({ path: `${SHOTS}/popup-empty.png`, fullPage: true });
});

test('practice staff land on Locum invoices with the locum tabs hidden', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByRole('button', { name: 'I approve locum forms for a practice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Locum invoices');
  const tabs = page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link');
  await expect(tabs).toHaveText(['Rates', 'Locum invoices', 'Settings']);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Locum invoices');
  await page.screenshot({ path: `${SHOTS}/practice-manager-landing.png` });
});

test('focus stays in the sessions table after Delete, and on the toolbar after Mark as paid', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
  await page.reload();
  const deleteButtons = page.getByRole('table').getByRole('button', { name: 'Delete' });
  await deleteButtons.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Deleted 1 session/)).toBeVisible();
  await expect(deleteButtons.nth(1)).toBeFocused();

  const group = page.getByRole('toolbar', { name: 'Selected sessions' }).getByRole('combobox');
  await group.selectOption((await group.locator('option', { hasText: 'Worked in' }).first().getAttribute('value')) ?? '');
  const toolbar = page.getByRole('toolbar', { name: 'Selected sessions' });
  await expect(toolbar).not.toContainText('0 selected');
  await toolbar.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(toolbar.getByText('0 selected')).toBeFocused();
});
