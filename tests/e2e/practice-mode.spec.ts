import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ask, expect, extensionTest as test } from './fixtures';

const MAPPINGS = [
  {
    id: 'm1',
    pageKind: 'locum-a',
    fingerprint: { id: 'txtFee', name: 'ctl00$Fee', label: 'Total fee (£)' },
    concept: 'feePence',
    createdAt: '2026-11-01T09:00:00.000Z',
  },
  {
    id: 'm2',
    pageKind: 'locum-b',
    fingerprint: { id: 'ddlTier', name: 'tier', label: 'Tier' },
    concept: 'ratePercent',
    createdAt: '2026-11-02T09:00:00.000Z',
  },
];

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where}: ${v.id}: ${v.help}`)).toEqual([]);
}

test('practice mode: keep a locum invoice, edit it, delete it with Undo', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const tab = page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Locum invoices' });
  await expect(tab).toHaveCount(0);

  await page.getByLabel("Practice mode: I approve locums' Locum A forms").check();
  expect((await ask(page, { type: 'ledger/read' })).settings.practiceMode).toBe(true);
  await tab.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Locum invoices');
  await expect(page.getByText('matches each Locum A against this list and lists the differences; you still decide')).toBeVisible();

  const add = page.getByRole('form', { name: 'Add locum invoice' });
  await add.getByLabel('Locum name').fill('Dr Priya Shah');
  await add.getByLabel('GMC number').fill('7012345');
  await add.getByLabel('First day').fill('31/02/2026');
  await add.getByLabel('Last day').fill('05/11/2026');
  await add.getByLabel('Fee (£)').fill('1,234.567');
  await add.getByRole('button', { name: 'Add invoice' }).click();
  const problems = add.getByRole('alert');
  await expect(problems).toContainText('First day: "31/02/2026" is not a real date');
  await expect(problems).toContainText('Fee (£): "1,234.567" has more than two digits after the decimal point');
  expect((await ask(page, { type: 'ledger/read' })).practiceInvoices).toEqual([]);

  await add.getByLabel('First day').fill('03/11/2026');
  await add.getByLabel('Fee (£)').fill('£1,234.56');
  await add.getByLabel('Invoice reference').fill('INV-042');
  await add.getByRole('button', { name: 'Add invoice' }).click();
  const table = page.getByRole('table', { name: 'Locum invoices' });
  const row = table.getByRole('row', { name: /Dr Priya Shah/ });
  await expect(row).toContainText('7012345');
  await expect(row).toContainText('03/11/2026');
  await expect(row).toContainText('05/11/2026');
  await expect(row).toContainText('£1,234.56');
  await expect(row).toContainText('INV-042');
  await expect(add.getByLabel('Locum name')).toHaveValue('');
  const [saved] = (await ask(page, { type: 'ledger/read' })).practiceInvoices;
  expect(saved).toMatchObject({
    locumName: 'Dr Priya Shah',
    gmcNumber: '7012345',
    firstDay: '2026-11-03',
    lastDay: '2026-11-05',
    feePence: 123456,
    reference: 'INV-042',
  });
  await expectNoAxeViolations(page, 'locum invoices');

  await row.getByRole('button', { name: 'Edit the invoice from Dr Priya Shah, 03/11/2026' }).click();
  const edit = page.getByRole('form', { name: 'Edit locum invoice' });
  await expect(edit.getByLabel('Fee (£)')).toHaveValue('1234.56');
  await expect(edit.getByLabel('First day')).toHaveValue('03/11/2026');
  await edit.getByLabel('Last day').fill('02/11/2026');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Last day: 02/11/2026 is before the first day, 03/11/2026');
  await edit.getByLabel('Last day').fill('6/11/2026');
  await edit.getByLabel('Fee (£)').fill('1300.05');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText('06/11/2026');
  await expect(row).toContainText('£1,300.05');
  const [edited] = (await ask(page, { type: 'ledger/read' })).practiceInvoices;
  expect(edited).toEqual({ ...saved, lastDay: '2026-11-06', feePence: 130005 });

  await row.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText('Deleted the invoice from Dr Priya Shah.');
  await expect(table).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('£1,300.05');
  expect((await ask(page, { type: 'ledger/read' })).practiceInvoices).toEqual([edited]);
  await row.getByRole('button', { name: /^Delete/ }).click();
  await expect(table).toHaveCount(0);
  expect((await ask(page, { type: 'ledger/read' })).practiceInvoices).toEqual([]);

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await page.getByLabel("Practice mode: I approve locums' Locum A forms").uncheck();
  await expect(tab).toHaveCount(0);
});

test('a portal profile exports, refuses a bad file without change, and imports into an empty profile', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, { type: 'portal-profile/import', mappings: MAPPINGS, answers: [] });
  await page.reload();
  const panel = page.getByRole('region', { name: 'Portal profile' });
  await expect(panel).toContainText('2 fields taught.');

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export portal profile' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^locum-ledger-portal-profile-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'locum-ledger-portal-profile', version: 2, mappings: MAPPINGS, answers: [] });

  const bad = { ...exported, mappings: [MAPPINGS[0], { ...MAPPINGS[1], concept: '' }] };
  await panel
    .getByLabel('Import portal profile')
    .setInputFiles({ name: 'bad-profile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(panel.getByRole('status')).toHaveText(
    'Nothing was imported from bad-profile.json; your taught fields and page answers are unchanged.',
  );
  await expect(panel.getByRole('alert')).toHaveText(
    'This portal profile cannot be imported: taught field 2 (on the "locum-b" page) is not valid (mappings[1].concept: empty).',
  );
  await expect(panel).toContainText('2 fields taught.');
  expect((await ask(page, { type: 'ledger/read' })).portalMappings).toEqual(MAPPINGS);
  await expectNoAxeViolations(page, 'settings with a refused profile');

  await ask(page, { type: 'portal-profile/import', mappings: [], answers: [] });
  await page.reload();
  await expect(panel).toContainText('No fields taught yet.');
  await expect(panel.getByRole('button', { name: 'Export portal profile' })).toBeDisabled();
  await panel.getByLabel('Import portal profile').setInputFiles(file);
  await expect(panel.getByRole('status')).toHaveText(`Imported 2 fields and 0 page answers from ${file.split('/').pop()}.`);
  await expect(panel).toContainText('2 fields taught.');
  expect((await ask(page, { type: 'ledger/read' })).portalMappings).toEqual(MAPPINGS);
});
