// Issue 16: no silent duplicates (popup, dashboard, re-import), and imports that keep data (rows left out, practice aliases).
import type { Page } from '@playwright/test';
import { ask, expect, extensionTest as test } from './fixtures';

const RIVERSIDE = { id: 'p1', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };
const WORKED = { id: 's1', dateWorked: '2026-11-30', practiceId: 'p1', feePence: 85000, workType: 'practice', pensioned: true, notes: '' };
const QUESTION = 'You already have Riverside Medical Centre on Mon 30 Nov 2026 for £850.00 — add another?';

async function seed(page: Page, url: string, sessions: unknown[] = [WORKED]) {
  await page.goto(url);
  await ask(page, { type: 'practice/save', practice: RIVERSIDE });
  if (sessions.length > 0) await ask(page, { type: 'sessions/save', sessions, practices: [] });
  await page.reload();
}

const sessionCount = async (page: Page) => (await ask(page, { type: 'ledger/read' })).sessions.length;

async function importFile(page: Page, name: string, csv: string) {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

test('adding the same practice, day and fee in the popup asks first; Cancel adds nothing, Add another adds it', async ({
  page,
  extensionId,
}) => {
  await seed(page, `chrome-extension://${extensionId}/popup.html`);
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Date worked').fill('2026-11-30');
  await form.getByLabel('Practice').fill('Riverside Medical Centre');
  await form.getByLabel('Fee (£)').fill('850');
  await form.getByRole('button', { name: 'Add session' }).click();
  const question = page.getByRole('alertdialog', { name: 'Possible duplicate' });
  await expect(question).toContainText(QUESTION);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Not added; your ledger is unchanged.');
  expect(await sessionCount(page)).toBe(1);
  await form.getByRole('button', { name: 'Add session' }).click();
  await question.getByRole('button', { name: 'Add another' }).click();
  await expect(page.getByRole('status')).toContainText('Added');
  expect(await sessionCount(page)).toBe(2);
});

test('adding the same session in the dashboard asks first, and keeps the fee typed when cancelled', async ({ page, extensionId }) => {
  await seed(page, `chrome-extension://${extensionId}/dashboard.html#sessions`);
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Date worked').fill('2026-11-30');
  await form.getByLabel('Fee (£)').fill('850.00');
  await form.getByLabel('Invoice no').fill('INV-042');
  await form.getByRole('button', { name: 'Add session' }).click();
  const question = page.getByRole('alertdialog', { name: 'Possible duplicate' });
  await expect(question).toContainText(QUESTION);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(form.getByLabel('Fee (£)')).toHaveValue('850.00');
  expect(await sessionCount(page)).toBe(1);
  await form.getByRole('button', { name: 'Add session' }).click();
  await question.getByRole('button', { name: 'Add another' }).click();
  await expect(page.getByRole('row', { name: /INV-042/ })).toContainText('£850.00');
  expect(await sessionCount(page)).toBe(2);
});

const SHEET =
  'Date,Practice,Fee,Invoice no\r\n30/11/2026,Riverside Medical Centre,£850.00,INV-042\r\n01/12/2026,Riverside Medical Centre,£850.00,INV-043\r\n';

test('importing the same file twice from Sessions keeps the count, and says why the rows were left out', async ({ page, extensionId }) => {
  await seed(page, `chrome-extension://${extensionId}/dashboard.html#sessions`, []);
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  await importFile(page, 'sessions.csv', SHEET);
  await page.getByRole('button', { name: 'Import 2 good rows' }).click();
  await expect(page.getByRole('status').last()).toHaveText('Imported 2 sessions; 0 rows left out.');
  const first = (await ask(page, { type: 'ledger/read' })).sessions;
  expect(first.map((s: { invoiceNumber?: string }) => s.invoiceNumber).sort()).toEqual(['INV-042', 'INV-043']);

  await importFile(page, 'sessions.csv', SHEET);
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByText('already in your ledger')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Import 0 good rows' })).toBeDisabled();
  await page.getByLabel('Import the 2 rows already in your ledger again').check();
  await expect(page.getByRole('button', { name: 'Import 2 good rows' })).toBeEnabled();
  await page.getByLabel('Import the 2 rows already in your ledger again').uncheck();
  expect(await sessionCount(page)).toBe(2);
});

test('rows left out stay on screen after the import and download with their cells and a Reason column', async ({ page, extensionId }) => {
  await seed(page, `chrome-extension://${extensionId}/dashboard.html#sessions`);
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  const csv = `${SHEET}31/02/2026,Riverside Medical Centre,£100,=HYPERLINK("x")\r\nTOTAL,,"£1,800.00",\r\n`;
  await importFile(page, 'november.csv', csv);
  await page.getByRole('button', { name: 'Import 1 good row' }).click();
  await expect(page.getByRole('status').last()).toHaveText('Imported 1 sessions; 3 rows left out.');
  const leftOut = page.getByRole('region', { name: 'Rows left out of november.csv' });
  await expect(leftOut.getByRole('listitem')).toHaveText([
    'Row 2: already in your ledger',
    /^Row 4: Date worked \(column "Date"\): /,
    'Row 5: a totals row',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    leftOut.getByRole('button', { name: 'Download rows left out' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('november - rows left out.csv');
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Date,Practice,Fee,Invoice no,Reason');
  expect(lines[1]).toBe('30/11/2026,Riverside Medical Centre,£850.00,INV-042,already in your ledger');
  expect(lines[2]).toMatch(/^31\/02\/2026,Riverside Medical Centre,£100,"'=HYPERLINK\(""x""\)","Date worked/);
  expect(lines[3]).toBe('TOTAL,,"£1,800.00",,a totals row');
});

test('a short practice name is offered as an alias, and the choice is remembered for the next import', async ({ page, extensionId }) => {
  await seed(page, `chrome-extension://${extensionId}/dashboard.html#sessions`, []);
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  const sheet = 'Date,Practice,Fee\r\n02/12/2026,Riverside,£850.00\r\n';
  await importFile(page, 'short.csv', sheet);
  await expect(page.getByRole('table', { name: 'Preview' })).toContainText('no practice called');
  await page.getByRole('button', { name: 'Treat ‘Riverside’ as Riverside Medical Centre' }).click();
  await expect(page.getByRole('table', { name: 'Preview' })).toContainText('✓ 02/12/2026, Riverside Medical Centre, £850.00');
  expect((await ask(page, { type: 'ledger/read' })).settings.practiceAliases).toEqual({ riverside: 'p1' });

  await page.reload();
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  await importFile(page, 'short.csv', sheet.replace('02/12/2026', '03/12/2026'));
  await expect(page.getByRole('button', { name: /^Treat/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import 1 good row' }).click();
  const [saved] = (await ask(page, { type: 'ledger/read' })).sessions;
  expect(saved).toMatchObject({ practiceId: 'p1', dateWorked: '2026-12-03' });
});
