// The year statement as a locum uses it at year end: print one scheme year on its own (whose it is, totals, a chart
// legend), then type what their Total Reward Statement shows and get the missing month flagged with a letter for PCSE.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, extensionTest as test } from './fixtures';

const TODAY = '2026-11-21';

/** The demo year, with a GOV.UK Pay receipt kept for January 2026's Locum B. */
function ledgerWithReceipt() {
  const ledger = demoLedger(TODAY);
  ledger.receipts.push({
    id: 'r-jan',
    reference: 'PAY-5521',
    paymentReference: '84123456LOCJAN2026-01',
    amountPence: 226_196,
    date: '2026-01-28',
    capturedAt: '2026-01-28T19:02:00.000Z',
    source: 'page',
    submissionId: 'demo-sub-b-2026-01',
  });
  return ledger;
}

async function openYear(page: Page, extensionId: string) {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#year`);
  await ask(page, { type: 'ledger/replace', data: ledgerWithReceipt() });
  await ask(page, { type: 'test/set-today', today: TODAY });
  await page.reload();
}

const year = (page: Page, schemeYear: string) => page.getByRole('region', { name: `Scheme year ${schemeYear}` });

test('one scheme year prints on its own, with whose it is, its totals and the chart legend', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await openYear(page, extensionId);
  // The browser's print dialog would block a headless run; the page's own print CSS is what is tested.
  await page.evaluate(() => {
    globalThis.print = () => undefined;
  });
  await year(page, '2025/26').getByRole('button', { name: 'Print this year (2025/26)' }).click();
  await page.emulateMedia({ media: 'print' });

  const printed = page.locator('section.statement:visible');
  await expect(printed).toHaveCount(1);
  await expect(printed.getByRole('heading', { level: 2 })).toHaveText('Scheme year 2025/26');
  for (const identity of ['Dr Alex Morgan', '84123456', 'QQ123456C', '7012345']) await expect(printed).toContainText(identity);
  await expect(page.getByRole('heading', { name: 'Scheme year 2026/27' })).toBeHidden();
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(printed.getByRole('button')).toHaveCount(0);
  // Every month April to March, and a year total in the table's foot.
  const table = printed.locator('table.statement-table');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.locator('tbody tr').first()).toContainText('April 2025');
  await expect(table.locator('tfoot')).toContainText(/Year total\s*£[\d,]+\.\d\d/);
  await expect(printed).toContainText(/Employee contributions for the year: £[\d,]+\.\d\d, the figure you claim tax relief on\./);
  const legend = printed.locator('.u-legend');
  await expect(legend).toContainText('Pensionable pay');
  await expect(legend).toContainText('Contributions paid');
  await expect(legend).toContainText(/% tier from £[\d,]+ a month/);
  await expect(printed.locator('figcaption')).toContainText('Pensionable pay and contributions paid by month, April 2025 to March 2026');

  await mkdir('docs/screenshots/year', { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
  // The printed PDF itself, read as text (poppler-utils, installed by npm test and .ci/run): whose, the totals, the legend.
  await mkdir('out', { recursive: true });
  await writeFile('out/year-statement.pdf', pdf);
  const printedText = execFileSync('pdftotext', ['-layout', 'out/year-statement.pdf', '-'], { encoding: 'utf8' });
  for (const words of ['Dr Alex Morgan', '84123456', 'QQ123456C', '7012345', 'Year total', 'Pensionable pay', 'Contributions paid'])
    expect(printedText).toContain(words);
  expect(printedText).toMatch(/the figure you claim tax\s+relief on/);
  // Its first page, as the user's printer would have it.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    'out/year-statement.pdf',
    'docs/screenshots/year/statement-print',
  ]);
});

test('a Total Reward Statement figure that differs flags the month and offers a letter for PCSE', async ({
  page,
  extensionId,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openYear(page, extensionId);
  const statement = year(page, '2025/26');
  await statement.getByText('What PCSE or NHS Pensions shows for 2025/26').click();
  const form = statement.getByRole('form', { name: 'What your statement shows for 2025/26' });
  await form.getByLabel('Which statement').selectOption('trs');
  const january = form.getByLabel('January 2026: contributions on your statement');
  // A mistyped amount is refused at its field, and what was typed stays to be fixed.
  await january.fill('12x');
  await form.getByRole('button', { name: 'Save and compare' }).click();
  await expect(form).toContainText('The amount "12x" is not an amount of money; write it like 1234.56 or £1,234.56.');
  await expect(january).toHaveValue('12x');
  expect((await ask(page, { type: 'ledger/read' })).settings.statementFigures).toBeUndefined();

  await january.fill('0');
  await form.getByRole('button', { name: 'Save and compare' }).click();
  const differences = statement.getByRole('region', { name: 'Differences from your statement' });
  await expect(differences).toContainText(
    /£[\d,]+\.\d\d paid for January 2026, with receipt, not on your statement: possibly unallocated\./,
  );
  const letter = differences.getByLabel('Letter or email for PCSE');
  await expect(letter).toHaveValue(/- January 2026: contributions paid £2,261\.96 in my records, £0\.00 on the statement\./);
  await expect(letter).toHaveValue(/My NHS Pensions Total Reward Statement for the 2025\/26 scheme year/);
  await expect(letter).toHaveValue(/- January 2026: £[\d,]+\.\d\d paid on 28\/01\/2026, payment reference 84123456LOCJAN2026-01 /);
  await expect(letter).toHaveValue(/receipt PAY-5521 for £2,261\.96 dated 28\/01\/2026, kept 28\/01\/2026 at 19:02\./);
  await differences.getByRole('button', { name: 'Copy the letter' }).click();
  await expect(differences.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('SD number: 84123456');
  // Kept in the ledger, so backups carry it.
  const saved = (await ask(page, { type: 'ledger/read' })).settings.statementFigures;
  expect(saved).toEqual({ '2025/26': { source: 'trs', months: { '2026-01': { contributionsPence: 0 } } } });

  await differences.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, -120));
  await page.screenshot({ path: 'docs/screenshots/year/difference-letter.png' });
  expect(await readFile('docs/screenshots/year/difference-letter.png')).toBeTruthy();
});
