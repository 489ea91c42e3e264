// Hostile files in the real dashboard: oversized files are refused by their size before they are read, and a
// spreadsheet saved by Excel on Windows (Windows-1252, where £ is one byte that is not UTF-8) still imports.
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

const MB = 1024 * 1024;
/** Over the cap and not even text: it must be refused before anything tries to read it (the exact caps are unit-tested). */
const oversized = (name: string, bytes: number) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.alloc(bytes, 0xff) });
const TOO_LARGE = /^This file is larger than \d+ MB, .* so it was not read\.$/;

test('oversized backup, spreadsheet and portal profile files are refused by their size, and the ledger is untouched', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(60_000);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();

  await page.getByLabel('Restore from a backup file').setInputFiles(oversized('huge-backup.json', 28 * MB));
  await expect(page.getByRole('list', { name: 'Problems in the file' })).toHaveText(TOO_LARGE);
  await page.getByLabel('CSV file').setInputFiles(oversized('huge.csv', 6 * MB));
  await expect(page.getByRole('status').filter({ hasText: 'far more than a spreadsheet of sessions can be' })).toHaveText(TOO_LARGE);
  await expect(page.getByRole('table', { name: 'Preview' })).toHaveCount(0);
  await page.getByLabel('Import portal profile').setInputFiles(oversized('huge-profile.json', 2 * MB));
  await expect(page.getByRole('alert').filter({ hasText: 'far more than a portal profile can be' })).toHaveText(TOO_LARGE);
  await page.getByRole('status').filter({ hasText: 'spreadsheet of sessions' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'out/screenshots/dashboard-oversized-files.png', fullPage: true });
  expect(await ask(page, { type: 'ledger/read' })).toEqual(before);
});

test('a spreadsheet saved by Excel on Windows (Windows-1252) imports with its £ signs and accents', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, {
    type: 'practice/save',
    practice: { id: 'p1', name: 'Café Surgery', odsCode: 'Y99901', address: '', email: '', approverContact: '' },
  });
  await page.reload();
  const csv = 'Date,Practice,Fee\r\n03/11/2026,Café Surgery,£850.00\r\n';
  await page.getByLabel('CSV file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await page.getByRole('button', { name: 'Import 1 good row' }).click();
  await expect(page.getByRole('status').last()).toHaveText('Imported 1 sessions; 0 rows left out.');
  const ledger = await ask(page, { type: 'ledger/read' });
  expect(ledger.sessions.map((s: { feePence: number; practiceId: string }) => [s.practiceId, s.feePence])).toEqual([['p1', 85000]]);
});
