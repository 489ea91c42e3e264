import { readFile } from 'node:fs/promises';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

const EMPTY = {
  profile: null,
  practices: [],
  sessions: [],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: { notifications: true },
};

test('a session added in the popup appears in the dashboard', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await ask(page, {
    type: 'practice/save',
    practice: { id: 'p1', name: 'Elm Tree Surgery', odsCode: 'Y99902', address: '', email: '', approverContact: '' },
  });
  await page.reload();
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Date worked').fill('2026-11-04');
  await form.getByLabel('Practice').fill('Elm Tree Surgery');
  await form.getByLabel('Fee (£)').fill('720');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('status')).toContainText('Added');
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  const row = page.getByRole('row', { name: /04\/11\/2026/ });
  await expect(row).toContainText('Elm Tree Surgery');
  await expect(row).toContainText('£720.00');
  await expect(row).toContainText('Unpaid');
});

test('export, wipe and import give back the identical ledger', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const demo = demoLedger('2026-11-21');
  await ask(page, { type: 'ledger/replace', data: demo });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await (await downloading).path();
  const afterExport = await ask(page, { type: 'ledger/read' });
  await ask(page, { type: 'ledger/replace', data: EMPTY });
  expect((await ask(page, { type: 'ledger/read' })).sessions).toEqual([]);
  await page.reload();
  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await page.getByRole('region', { name: 'Restore summary' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').last()).toHaveText(`Restored ${demo.sessions.length} sessions from ${file.split('/').pop()}.`);
  expect(await ask(page, { type: 'ledger/read' })).toEqual(afterExport);
  expect((await ask(page, { type: 'ledger/read' })).sessions).toEqual(before.sessions);
  expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('locum-ledger-backup');
});

test('a bad backup file is refused with its problems, and the ledger is untouched', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();
  const bad = {
    format: 'locum-ledger-backup',
    schemaVersion: 1,
    exportedAt: '2026-11-21T10:00:00.000Z',
    data: { ...EMPTY, sessions: [{ id: 'x', dateWorked: '31/02/2026' }] },
  };
  await page
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByRole('status').last()).toHaveText('Nothing was imported from bad.json; your ledger is unchanged.');
  await expect(page.getByRole('list', { name: 'Problems in the file' })).toContainText('data.sessions[0].dateWorked');
  expect(await ask(page, { type: 'ledger/read' })).toEqual(before);
});

test('the months view shows a Locum B box by box with its payment reference', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#months`);
  await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
  await page.reload();
  const october = page.getByRole('region', { name: 'October 2026' });
  await expect(october).toContainText('84123456LOCOCT2026');
  await expect(october.getByRole('button', { name: 'Copy Box i' })).toBeVisible();
});

test('a messy spreadsheet imports its good rows in one go and names each bad row', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, {
    type: 'practice/save',
    practice: { id: 'p1', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' },
  });
  await page.reload();
  const csv =
    '\uFEFFSession date;Surgery;Gross (£)\r\n03/11/2026;Riverside Medical Centre;£850.00\r\n\r\n31/02/2026;Riverside Medical Centre;£100\r\n04/11/2026;Riverside Medical Centre;1 020,50\r\n';
  await page.getByLabel('CSV file').setInputFiles({ name: 'sessions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row', { name: /^4 / })).toContainText('✗');
  await page.getByRole('button', { name: 'Import 2 good rows' }).click();
  await expect(page.getByRole('status').last()).toHaveText('Imported 2 sessions; 1 rows left out.');
  const ledger = await ask(page, { type: 'ledger/read' });
  expect(ledger.sessions.map((s: { dateWorked: string; feePence: number }) => [s.dateWorked, s.feePence])).toEqual([
    ['2026-11-03', 85000],
    ['2026-11-04', 102050],
  ]);
});
