import type { BrowserContext, Page } from '@playwright/test';
import { ask, expect, extensionTest, launchExtension } from './fixtures';

/** Chrome in US English, as on many UK machines: its own date fields would read 05/03/2026 as 3 May. */
const US_ENGLISH = { LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' };
const PRACTICE = { id: 'p1', name: 'Elm Tree Surgery', odsCode: 'Y99902', address: '', email: '', approverContact: '' };

const test = extensionTest.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    const context = await launchExtension(US_ENGLISH);
    await use(context);
    await context.close();
  },
});

async function addInPopup(page: Page, typed: string) {
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Date worked').fill(typed);
  await form.getByLabel('Practice').fill(PRACTICE.name);
  await form.getByLabel('Fee (£)').fill('500');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('status').last()).toContainText('Added');
}

test('dates typed with Chrome in US English are read day first, echoed in words and stored so', async ({ page, extensionId }) => {
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await ask(page, { type: 'practice/save', practice: PRACTICE });
  await page.reload();

  const popupForm = page.getByRole('form', { name: 'Add session' });
  await popupForm.getByLabel('Date worked').fill('05/03/2026');
  await expect(popupForm.getByText('Thu 5 Mar 2026')).toBeVisible();
  await addInPopup(page, '05/03/2026');
  await addInPopup(page, '30/11/2026');

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  const sessionForm = page.getByRole('form', { name: 'Add session' });
  await sessionForm.getByLabel('Date worked').fill('1/12/26');
  await expect(sessionForm.getByText('Tue 1 Dec 2026')).toBeVisible();
  await sessionForm.getByLabel('Fee (£)').fill('600');
  await sessionForm.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('row', { name: /01\/12\/2026/ })).toContainText('£600.00');

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const details = page.getByRole('form', { name: 'Your details' });
  await details.getByLabel('Date of birth').fill('14/07/1980');
  await expect(details.getByText('Mon 14 Jul 1980')).toBeVisible();
  await details.getByRole('button', { name: 'Save details' }).click();
  // Saved, perhaps with a warning at another field (this profile has no SD or GMC number): the date is the point here.
  await expect(details.getByRole('status')).toHaveText(/^Saved/);

  const ledger = await ask(page, { type: 'ledger/read' });
  expect(ledger.sessions.map((s: { dateWorked: string }) => s.dateWorked).sort()).toEqual(['2026-03-05', '2026-11-30', '2026-12-01']);
  expect(ledger.profile.dateOfBirth).toBe('1980-07-14');
});

test('a two-digit year is this century, and a date the scheme cannot hold is refused at its field', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  await ask(page, { type: 'practice/save', practice: PRACTICE });
  await page.reload();
  const form = page.getByRole('form', { name: 'Add session' });
  const date = form.getByLabel('Date worked');
  await form.getByLabel('Fee (£)').fill('600');

  await date.fill('31/02/2026');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(date).toHaveAccessibleDescription('"31/02/2026" is not a real date');
  await date.fill('31/03/2015');
  await expect(date).toHaveAccessibleDescription("Tue 31 Mar 2015 is before 1 April 2015, when the scheme's current tiers begin");
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Fee (£)')).toHaveValue('600');
  expect((await ask(page, { type: 'ledger/read' })).sessions).toEqual([]);

  await date.fill('05/03/26');
  await expect(form.getByText('Thu 5 Mar 2026')).toBeVisible();
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('row', { name: /05\/03\/2026/ })).toBeVisible();
  expect((await ask(page, { type: 'ledger/read' })).sessions[0].dateWorked).toBe('2026-03-05');
});
