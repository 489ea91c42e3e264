import type { Page } from '@playwright/test';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

const SHOTS = 'docs/screenshots/backup';
const PASSPHRASE = 'correct horse battery';

async function settings(page: Page, extensionId: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
}

/** The demo ledger, backed up on 06/12/2026 at 14:02, and the ledger now: the same with one session added since. */
function ledgerAndOlderBackup() {
  const data = demoLedger('2026-11-21');
  const [first] = data.sessions;
  const added = { ...first, id: 'added-after-backup', dateWorked: '2026-12-08', invoiceId: undefined, notes: 'Added after the backup' };
  const ledger = { ...data, sessions: [...data.sessions, added] };
  const backup = { format: 'locum-ledger-backup', schemaVersion: 1, exportedAt: '2026-12-06T14:02:00.000Z', data };
  return { ledger, backup, file: { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) } };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

test('a restore shows what the backup holds against the ledger, and writes nothing until Restore', async ({ page, extensionId }) => {
  await settings(page, extensionId);
  const { ledger, backup, file } = ledgerAndOlderBackup();
  await ask(page, { type: 'ledger/replace', data: ledger });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();

  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  const summary = page.getByRole('region', { name: 'Restore summary' });
  const counts = (sessions: number) =>
    `${count(sessions, 'session')}, ${count(ledger.practices.length, 'practice')}, ${count(ledger.receipts.length, 'receipt')}`;
  await expect(summary).toContainText(`Backup of 06/12/2026 14:02: ${counts(backup.data.sessions.length)}.`);
  await expect(summary).toContainText(
    `Your ledger now: ${counts(ledger.sessions.length)} — 1 session in your ledger is not in the backup.`,
  );
  expect(await ask(page, { type: 'ledger/read' })).toEqual(before);
  await summary.evaluate((box) => box.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SHOTS}/restore-summary.png` });

  await summary.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Nothing was restored from backup.json; your ledger is unchanged.')).toBeVisible();
  expect(await ask(page, { type: 'ledger/read' })).toEqual(before);

  // The same file again: the input was cleared, so choosing it once more is a change it reports.
  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await summary.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(`Restored ${backup.data.sessions.length} sessions from backup.json.`)).toBeVisible();
  expect((await ask(page, { type: 'ledger/read' })).sessions).toHaveLength(backup.data.sessions.length);
});

test('Undo restore puts back the ledger as it was before the restore, for the rest of the day', async ({ page, extensionId }) => {
  await settings(page, extensionId);
  const { ledger, file } = ledgerAndOlderBackup();
  await ask(page, { type: 'ledger/replace', data: ledger });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();
  await expect(page.getByRole('button', { name: /^Undo (restore|import)$/ })).toHaveCount(0);

  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await page.getByRole('region', { name: 'Restore summary' }).getByRole('button', { name: 'Restore' }).click();
  const undo = page.getByRole('region', { name: 'Automatic copy' });
  await expect(undo).toContainText('Before the restore at');
  await page.reload();
  await expect(undo.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await undo.evaluate((banner) => banner.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SHOTS}/undo-restore.png` });

  await undo.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByText('Your ledger is back as it was before the restore.')).toBeVisible();
  expect(await ask(page, { type: 'ledger/read' })).toEqual(before);
  await expect(undo).toHaveCount(0);
});

test('an encrypted backup chosen before its passphrase opens with Try again, without choosing the file again', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(60_000);
  await settings(page, extensionId);
  await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
  await page.reload();
  await page.getByLabel('Encrypt with').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByText('Encrypted backup saved to your downloads.', { exact: false })).toBeVisible();

  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  const problems = page.getByRole('list', { name: 'Problems in the file' });
  await expect(problems).toHaveText('This backup is encrypted: open it with its passphrase.');
  await expect(page.getByText('Type its passphrase in "Open with", then press Try again.', { exact: false })).toBeVisible();

  await page.getByLabel('Open with').fill('not the passphrase');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(problems).toHaveText('The passphrase is wrong, or the file was changed after it was made.');

  await page.getByLabel('Open with').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Try again' }).evaluate((button) => button.scrollIntoView({ block: 'center' }));
  await page.getByLabel('Open with').blur();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/passphrase-retry.png` });
  await page.getByRole('button', { name: 'Try again' }).click();
  const summary = page.getByRole('region', { name: 'Restore summary' });
  await expect(summary).toContainText('everything in your ledger is also in the backup');
  await expect(problems).toHaveCount(0);
});

test('a passphrase typed differently the second time is refused, and no backup is made', async ({ page, extensionId }) => {
  await settings(page, extensionId);
  await ask(page, { type: 'ledger/replace', data: demoLedger('2026-11-21') });
  const before = await ask(page, { type: 'ledger/read' });
  await page.reload();
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await page.getByLabel('Encrypt with').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill('correct horse batery');
  await page.getByRole('button', { name: 'Download backup' }).click();
  await expect(page.getByRole('list', { name: 'Problems with the backup' })).toContainText(
    'The two passphrases are not the same, so no backup was made.',
  );
  await page.waitForTimeout(500);
  expect(downloads).toEqual([]);
  expect((await ask(page, { type: 'ledger/read' })).settings).toEqual(before.settings);
});
