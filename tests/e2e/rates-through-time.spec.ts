// No cliff on 1 April 2027: with the test clock on 20/04/2027, a month of 2027/28 work is worked out on projected rates
// everywhere (months, year, popup, the panel on the replica), and a table entered later changes what is now due while
// the forms already sent keep the figures they were sent with.
import type { Page } from '@playwright/test';
import { ask, expect, extensionTest as test } from './fixtures';
import { logIn, LOCUM, openFromDashboard } from '../replica/drive.mjs';
import { fill, panel, resultFor } from './assistant/support';
import { resetReplica } from './replica/support';

const TODAY = '2027-04-20';
const practice = { id: 'riverside', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };
const sent = (kind: 'A' | 'B', amounts: Record<string, number>) => ({
  id: `sent-${kind}`,
  kind,
  month: '2027-04',
  ...(kind === 'A' ? { invoiceId: 'inv-april-1' } : {}),
  status: 'paid',
  filled: {},
  amounts,
  builtOn: { schemeYear: '2027/28', status: 'projected' },
  createdAt: '2027-04-12T10:00:00.000Z',
  updatedAt: '2027-04-12T10:00:00.000Z',
  submittedAt: '2027-04-12T10:00:00.000Z',
});

/** April 2027: one invoice already sent (three days at £750.00, paid 09/04/2027) and one still to send. */
function april2027() {
  const session = (id: string, dateWorked: string, invoiceId: string) => ({
    id,
    dateWorked,
    practiceId: practice.id,
    feePence: 75_000,
    workType: 'practice',
    invoiceId,
    pensioned: true,
    notes: '',
  });
  return {
    profile: {
      name: 'Dr Alex Morgan',
      sdNumber: '84123456',
      niNumber: 'QQ123456C',
      gmcNumber: '7012345',
      dateOfBirth: '1984-06-12',
      email: '',
      otherRoles: [],
    },
    practices: [practice],
    sessions: [
      session('s1', '2027-04-05', 'inv-april-1'),
      session('s2', '2027-04-06', 'inv-april-1'),
      session('s3', '2027-04-07', 'inv-april-1'),
      session('s4', '2027-04-14', 'inv-april-2'),
    ],
    invoices: [
      { id: 'inv-april-1', practiceId: practice.id, reference: 'AM-2027-041', sessionIds: ['s1', 's2', 's3'], paidOn: '2027-04-09' },
      { id: 'inv-april-2', practiceId: practice.id, reference: 'AM-2027-042', sessionIds: ['s4'], paidOn: '2027-04-16' },
    ],
    // Sent on the projected 14.38%: box 3 £291.20; the Locum B sent before the second invoice was paid (tier 9.8%).
    submissions: [sent('A', { box1: 225_000, box2: 202_500, box3: 29_120 }), sent('B', { a: 202_500, b: 19_845, h: 29_120, i: 48_965 })],
    receipts: [],
    settings: { notifications: true, chosenRates: { '2027-28': 9.8 } },
  };
}

const entered2027 = {
  schemeYear: '2027/28',
  bandTopsPounds: [13_259, 29_900, 36_400, 54_700, 70_100],
  ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
  employerRatePercent: 15,
  source: 'NHSBSA employer notice, April 2027 (figures invented for this test)',
  enteredAt: '2027-04-20T09:00:00.000Z',
};

async function dashboard(page: Page, extensionId: string, view: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#${view}`);
}

test('2027/28 is projected, not a cliff: months, year and popup work, and an entered table shows what changed', async ({
  context,
  extensionId,
}) => {
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await dashboard(page, extensionId, 'months');
  await ask(page, { type: 'ledger/replace', data: april2027() });
  await ask(page, { type: 'test/set-today', today: TODAY });

  await page.reload();
  const month = page.getByRole('region', { name: 'April 2027' });
  await expect(month.locator('[data-rate-status="projected"]')).toContainText("2027/28 rates are projected: 2026/27's carried forward");
  await expect(month.getByText('Projected rates', { exact: false }).first()).toBeVisible();
  // The second invoice (1 day, £750.00) is not yet on the Locum B sent, so box a differs; rates have not changed.
  await expect(month.locator('.sent-changes')).toContainText('Locum B for April 2027 was sent before the ledger changed');
  await page.screenshot({ path: 'docs/screenshots/rates/months-2027-28-projected.png' });

  await ask(page, { type: 'rate-table/save', table: entered2027 });
  await page.reload();
  await expect(month.locator('[data-rate-status="entered"]')).toContainText('2027/28 rates are the table you entered.');
  // 15% of £2,025.00 is £303.75, against £291.20 sent: the Locum A's box 3 changed with the rates.
  await expect(month.locator('.sent-changes')).toContainText(
    'Locum A for Riverside Medical Centre was sent on projected 2027/28 rates: box 3 employer contribution £291.20 sent, £303.75 now.',
  );
  await expect(month.locator('.sent-changes')).toContainText('A correction of');
  await page.screenshot({ path: 'docs/screenshots/rates/months-2027-28-entered.png' });

  await dashboard(page, extensionId, 'year');
  await expect(page.getByRole('heading', { name: 'Scheme year 2027/28' })).toBeVisible();

  const popup = await context.newPage();
  popup.on('pageerror', (error) => errors.push(error.message));
  await popup.setViewportSize({ width: 400, height: 600 });
  // The popup reads today from the computer's clock, not the background's test clock.
  await popup.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('region', { name: 'This month: April 2027' })).toContainText('£');
  await popup.screenshot({ path: 'docs/screenshots/rates/popup-2027-28.png' });
  expect(errors).toEqual([]);
});

/** The panel on the replica's Create Locum A page, its choice picked, screenshotted with the rules' checks in view. */
async function panelOn(page: Page, choice: string, screenshot: string): Promise<void> {
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await panel(page).getByLabel('Fill from invoice').selectOption({ label: choice });
  await panel(page).getByRole('region', { name: 'Checks under the pension rules' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `docs/screenshots/rates/${screenshot}` });
}

test('the panel fills a 2027/28 Locum A on projected rates and says so, then on the table entered', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(60_000);
  await resetReplica(page.request, { variant: 'classic', today: TODAY });
  const extension = await context.newPage();
  await dashboard(extension, extensionId, 'months');
  await ask(extension, { type: 'ledger/replace', data: { ...april2027(), submissions: [] } });
  await ask(extension, { type: 'test/set-today', today: TODAY });
  await page.bringToFront();

  const secondInvoice = 'Riverside Medical Centre: AM-2027-042, £750.00 paid 16/04/2027';
  await panelOn(page, secondInvoice, 'panel-2027-28-projected.png');
  const checks = panel(page).getByRole('region', { name: 'Checks under the pension rules' });
  await expect(checks).toContainText('Projected rates: nothing is published here yet for 2027/28');
  await fill(page);
  await expect(resultFor(page, 'Locum fee')).toHaveAttribute('data-status', 'filled');
  // 14.38% × £675.00 = £97.065 → £97.07 on the projected rate.
  await expect(resultFor(page, 'Employer contributions (box 3)')).toContainText('97.07');

  await ask(extension, { type: 'rate-table/save', table: entered2027 });
  // The replica asks before leaving a filled form, as portals do.
  page.once('dialog', (dialog) => dialog.accept());
  await page.reload();
  // A fill is kept as a draft at once, so the choice now says so.
  await panel(page)
    .getByLabel('Fill from invoice')
    .selectOption({ label: `${secondInvoice} (filled before, not submitted)` });
  await expect(checks).not.toContainText('Projected rates');
  await fill(page);
  // 15% × £675.00 = £101.25 with the table entered.
  await expect(resultFor(page, 'Employer contributions (box 3)')).toContainText('101.25');
  await panel(page).getByRole('region', { name: 'Checks under the pension rules' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/rates/panel-2027-28-entered.png' });
});

test('a 2026/27 month is on provisional rates in the months view, the popup and the panel', async ({ context, extensionId, page }) => {
  test.setTimeout(60_000);
  const today = '2026-12-06';
  const november = {
    ...april2027(),
    sessions: april2027().sessions.map((session, i) => ({ ...session, dateWorked: `2026-11-0${i + 2}` })),
    invoices: april2027().invoices.map((invoice, i) => ({ ...invoice, reference: `AM-2026-11${i + 1}`, paidOn: `2026-11-2${i}` })),
    submissions: [],
    settings: { notifications: true },
  };
  await resetReplica(page.request, { variant: 'classic', today });
  const extension = await context.newPage();
  await extension.setViewportSize({ width: 1280, height: 800 });
  await dashboard(extension, extensionId, 'months');
  await ask(extension, { type: 'ledger/replace', data: november });
  await ask(extension, { type: 'test/set-today', today });
  await extension.reload();
  const month = extension.getByRole('region', { name: 'November 2026' });
  await expect(month.locator('[data-rate-status="provisional"]')).toContainText('2026/27 rates are provisional');
  await extension.screenshot({ path: 'docs/screenshots/rates/months-2026-27-provisional.png' });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('region', { name: 'Last month: November 2026' })).toContainText('2026/27 rates provisional');
  await popup.screenshot({ path: 'docs/screenshots/rates/popup-2026-27-provisional.png' });

  await page.bringToFront();
  await panelOn(page, 'Riverside Medical Centre: AM-2026-112, £750.00 paid 21/11/2026', 'panel-2026-27-provisional.png');
  await expect(panel(page).getByRole('region', { name: 'Checks under the pension rules' })).toContainText('Provisional rates');
});
