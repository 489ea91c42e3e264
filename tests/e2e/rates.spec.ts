import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
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
const SPRING = '2027-04-20';
const SHOTS = 'out/screenshots/rates';
const TABLE_2027 = {
  schemeYear: '2027/28',
  bandTopsPounds: [13_650, 28_100, 34_250, 51_400, 65_900],
  ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
  employerRatePercent: 23.7,
  source: 'https://www.nhsbsa.nhs.uk/member-hub/how-much-you-pay',
  enteredAt: '2027-04-02T09:00:00.000Z',
};

/** Opens an extension page on a given day: the page's own clock (its "today") and the background's test clock. */
async function openOn(page: Page, extensionId: string, path: string, today: string, data: unknown = EMPTY) {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00Z`));
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await ask(page, { type: 'test/set-today', today });
  await ask(page, { type: 'ledger/replace', data });
  await page.reload();
}

async function typeTable(form: Locator, tops: string[], rates: string[], employer: string, source: string) {
  for (const [i, top] of tops.entries()) await form.getByLabel(`Top of band ${i + 1} (£)`).fill(top);
  for (const [i, rate] of rates.entries()) await form.getByLabel(`Band ${i + 1} rate (%)`).fill(rate);
  await form.getByLabel('Employer rate (%)').fill(employer);
  await form.getByLabel('Source (web address or a note)').fill(source);
  await form.getByRole('button', { name: 'Check these figures' }).click();
}

const yearCard = (page: Page, year: string) => page.getByRole('region', { name: `Scheme year ${year}` });
const addCard = (page: Page) => page.getByRole('region', { name: 'Add or correct a scheme year' });

test('a 2027/28 table typed on the Rates page is checked in NHSBSA layout, then shown as Entered', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openOn(page, extensionId, 'dashboard.html#rates', '2026-12-06');
  await expect(yearCard(page, '2027/28')).toContainText('Projected carried forward from 2026/27, nothing published yet');
  await expect(yearCard(page, '2026/27')).toContainText('Provisional from secondary sources and the published uprating rule');
  await expect(yearCard(page, '2026/27').getByRole('table')).toContainText('£67,669 and above');
  await page.screenshot({ path: `${SHOTS}/rates-provisional-projected.png` });

  await openOn(page, extensionId, 'dashboard.html#rates', SPRING);
  const card = addCard(page);
  await expect(card.getByLabel('Scheme year')).toHaveValue('2027/28');
  await typeTable(
    card,
    ['13,650', '28100', '34250', '51400', '65900'],
    ['5.2', '6.5', '8.3', '9.8', '10.7', '12.5'],
    '23.7',
    TABLE_2027.source,
  );
  const check = card.getByRole('region', { name: "Check these against NHSBSA's table for 2027/28" });
  await expect(check.getByRole('row')).toHaveText([
    /Pensionable pay.*Contribution rate/,
    /Up to £13,650\s*5.2%/,
    /£13,651 to £28,100\s*6.5%/,
    /£28,101 to £34,250\s*8.3%/,
    /£34,251 to £51,400\s*9.8%/,
    /£51,401 to £65,900\s*10.7%/,
    /£65,901 and above\s*12.5%/,
    /Employer contribution.*23.7%/,
  ]);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${SHOTS}/rates-add-check.png` });
  await check.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved your 2027/28 table: forms for that year now use it.');
  await expect(yearCard(page, '2027/28')).toContainText('Entered by you on 20/04/2027');
  await expect(yearCard(page, '2027/28').getByRole('link', { name: 'www.nhsbsa.nhs.uk' })).toBeVisible();
  await yearCard(page, '2027/28').evaluate((card) => card.scrollIntoView());
  await page.screenshot({ path: `${SHOTS}/rates-entered.png` });
  const { rateTables } = await ask(page, { type: 'ledger/read' });
  expect(rateTables).toEqual([{ ...TABLE_2027, enteredAt: expect.stringMatching(/^2027-04-20T/) }]);
});

test('a bad table shows each problem at its field and saves nothing', async ({ page, extensionId }) => {
  await openOn(page, extensionId, 'dashboard.html#rates', SPRING);
  const card = addCard(page);
  await typeTable(card, ['13650', '', '34250', '30000', '65900'], ['5.2', '6.5', '8.3', '9.8', '10.7', '25'], '', '');
  await expect(card.getByLabel('Top of band 2 (£)')).toHaveAccessibleDescription('enter whole pounds, such as 28854');
  await expect(card.getByLabel('Band 6 rate (%)')).toHaveAccessibleDescription('a tier rate is between 0 and 20%');
  await expect(card.getByLabel('Employer rate (%)')).toHaveAccessibleDescription('enter a percentage, such as 23.7');
  await expect(card.getByLabel('Source (web address or a note)')).toHaveAccessibleDescription(/say where the figures come from/);
  await expect(card.getByRole('alert')).toHaveText('4 problems, marked above. Nothing was saved.');
  expect((await ask(page, { type: 'ledger/read' })).rateTables ?? []).toEqual([]);
});

test('replacing confirmed 2024/25 figures asks twice, shows the built-in beside it, and can be removed and undone', async ({
  page,
  extensionId,
}) => {
  await openOn(page, extensionId, 'dashboard.html#rates', SPRING);
  const card = addCard(page);
  await card.getByLabel('Scheme year').selectOption('2024/25');
  await typeTable(
    card,
    ['13246', '16831', '22878', '28000', '35000'],
    ['5.1', '5.7', '6.1', '9.8', '10.7', '12.5'],
    '23.7',
    'Typed from NHSBSA',
  );
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('alert')).toContainText('This replaces figures from a primary source (NHSBSA or legislation) for 2024/25');
  expect((await ask(page, { type: 'ledger/read' })).rateTables ?? []).toEqual([]);
  await card.getByRole('button', { name: 'Replace anyway' }).click();
  await expect(card.getByRole('status')).toContainText('Saved your 2024/25 table');
  expect((await ask(page, { type: 'ledger/read' })).rateTables[0]).toMatchObject({ schemeYear: '2024/25', replacesConfirmed: true });

  await page.getByText('Earlier scheme years').click();
  const year = yearCard(page, '2024/25');
  await expect(year).toContainText('Entered by you on 20/04/2027');
  await expect(year.getByRole('region', { name: 'Built-in figures, not in use while yours are' })).toContainText('Confirmed');
  await expect(year).toContainText('Source: Typed from NHSBSA');
  await year.getByRole('button', { name: 'Remove my 2024/25 table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed your 2024/25 table' })).toBeVisible();
  await expect(yearCard(page, '2024/25')).toContainText('Confirmed from NHSBSA or legislation');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(yearCard(page, '2024/25')).toContainText('Entered by you on 20/04/2027');
  expect((await ask(page, { type: 'ledger/read' })).rateTables).toHaveLength(1);
});

test('a rates file is imported, exported, and a bad one refused with nothing changed', async ({ page, extensionId }) => {
  await openOn(page, extensionId, 'dashboard.html#rates', SPRING);
  const file = (tables: unknown[]) => ({
    name: 'colleague-rates.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'locum-ledger-rates', version: 1, exportedAt: '2027-04-18T09:00:00.000Z', tables })),
  });
  const panel = page.getByRole('region', { name: 'Rates file' });
  await panel.getByLabel('Import a rates file').setInputFiles(file([{ ...TABLE_2027, bandTopsPounds: [13_650, 28_100] }]));
  await expect(panel.getByRole('status')).toHaveText('Nothing was imported from colleague-rates.json; your tables are unchanged.');
  await expect(panel.getByRole('alert')).toContainText('table 1 (2027/28)');
  expect((await ask(page, { type: 'ledger/read' })).rateTables ?? []).toEqual([]);

  await panel.getByLabel('Import a rates file').setInputFiles(file([TABLE_2027]));
  await expect(panel.getByRole('status')).toHaveText('Added 1, replaced 0 from colleague-rates.json.');
  await expect(yearCard(page, '2027/28')).toContainText('Entered by you on 02/04/2027');

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export rate tables' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`locum-ledger-rates-${SPRING}.json`);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'locum-ledger-rates', version: 1, tables: [TABLE_2027] });
});

test('on 20/04/2027 the popup says the rates are projected and reminds to bring the 2027/28 table', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 400, height: 900 });
  await openOn(page, extensionId, 'popup.html', SPRING, demoLedger(SPRING));
  await expect(page.getByRole('region', { name: 'Tier table for 2027/28' })).toContainText(
    'NHSBSA publishes the tier table for 2027/28 in the spring: check it and bring it here.',
  );
  await expect(page.getByRole('region', { name: 'This month: April 2027' })).toContainText(
    '2027/28 rates projected: carried forward from 2026/27. Check the Rates page.',
  );
  await expect(page.getByRole('region', { name: 'Last month: March 2027' })).toContainText('2026/27 rates provisional');
  await page.screenshot({ path: `${SHOTS}/popup-spring.png`, fullPage: true });

  await ask(page, { type: 'rate-table/save', table: TABLE_2027 });
  await page.reload();
  await expect(page.getByRole('region', { name: 'This month: April 2027' })).toBeVisible();
  await expect(page.getByText('NHSBSA publishes the tier table')).toHaveCount(0);
  await expect(page.getByText('2027/28 rates projected')).toHaveCount(0);
});
