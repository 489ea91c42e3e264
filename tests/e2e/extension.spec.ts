import AxeBuilder from '@axe-core/playwright';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

const riverside = { id: 'p-riverside', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };

test('the rates view shows the rates in force, with their status and sources', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#rates`);
  const current = page.locator('section.card', { has: page.getByRole('heading', { name: /Scheme year \d{4}\/\d{2}/ }) }).first();
  // A heading row, the six bands and the employer rate.
  await expect(current.getByRole('row')).toHaveCount(8);
  await expect(current).toContainText('14.38%');
  await page.getByText(/Earlier scheme years/).click();
  await expect(page.getByRole('cell', { name: 'Up to £15,431.99' }).first()).toBeVisible();
});

test('a session added in the popup is kept in the ledger', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await ask(page, { type: 'practice/save', practice: riverside });
  await page.reload();
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Date worked').fill('2026-11-03');
  await form.getByLabel('Practice').fill('Riverside Medical Centre');
  await form.getByLabel('Fee (£)').fill('£850.00');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('status')).toHaveText('Added: Riverside Medical Centre, Tue 3 Nov 2026, £850.00.');
  const ledger = await ask(page, { type: 'ledger/read' });
  expect(ledger.sessions).toEqual([expect.objectContaining({ dateWorked: '2026-11-03', practiceId: 'p-riverside', feePence: 85000 })]);
});

test('the popup refuses a session for an unknown practice and keeps nothing', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Practice').fill('Nowhere Surgery');
  await form.getByLabel('Fee (£)').fill('500');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('status')).toHaveText('Choose one of your practices, or add it in the dashboard first.');
  expect((await ask(page, { type: 'ledger/read' })).sessions).toEqual([]);
});

const VIEWS = [
  'popup.html',
  ...['sessions', 'practices', 'months', 'receipts', 'year', 'rates', 'settings'].map((view) => `dashboard.html#${view}`),
];

for (const ledger of ['an empty ledger', 'the demo ledger'] as const) {
  test(`popup and every dashboard view have no accessibility violations (axe), with ${ledger}`, async ({ page, extensionId }) => {
    test.setTimeout(120_000);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    if (ledger === 'the demo ledger') await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
    for (const view of VIEWS) {
      await page.goto(`chrome-extension://${extensionId}/${view}`);
      await page.reload();
      await page.locator('h1').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${view}: ${v.id}: ${v.help}`)).toEqual([]);
    }
  });
}
