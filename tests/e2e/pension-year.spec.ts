import type { Page } from '@playwright/test';
import { ask, expect, extensionTest as test } from './fixtures';

const TODAY = '2026-06-10';
const SHOTS = 'docs/screenshots/year';
const riverside = { id: 'p-riverside', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };
/** Five days in May 2026 at £892.10, paid on 29/05/2026: £4,014.45 pensionable, grossed up to £293,054.85, so 12.5%. */
const days = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08'];
const LEDGER = {
  profile: { name: 'Dr Alex Morgan', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles: [] },
  practices: [riverside],
  sessions: days.map((dateWorked, i) => ({
    id: `s${i}`,
    dateWorked,
    practiceId: riverside.id,
    feePence: 89_210,
    workType: 'practice',
    invoiceId: 'inv-may',
    pensioned: true,
    notes: '',
  })),
  invoices: [{ id: 'inv-may', practiceId: riverside.id, reference: 'R-05', sessionIds: days.map((_, i) => `s${i}`), paidOn: '2026-05-29' }],
  submissions: [],
  receipts: [],
  settings: { notifications: true },
};

/** Opens an extension page on TODAY: the page's clock and the background's test clock. */
async function open(page: Page, extensionId: string, path: string, data?: unknown) {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await ask(page, { type: 'test/set-today', today: TODAY });
  if (data) await ask(page, { type: 'ledger/replace', data });
  await page.reload();
}

test('the tier ticked and an out-of-hours role set in Settings change the popup line and the advice', async ({
  page,
  context,
  extensionId,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, extensionId, 'dashboard.html#settings', LEDGER);
  const panel = page.getByRole('region', { name: 'Your pension year' });
  await expect(panel.getByTestId('ticked-now')).toHaveText(
    '12.5% in June 2026: no Locum B sent this year and nothing set here, so the advised tier.',
  );
  await expect(panel).toContainText(
    'You earned £4,014 in pensionable pay over 5 days. Spread over a whole year that is £293,054, in the 12.5% band.',
  );

  await panel.getByLabel('Tier').selectOption('9.8');
  await panel.getByLabel('from').selectOption('2026-06');
  await panel.getByRole('button', { name: 'Save tier' }).click();
  await expect(panel).toContainText('From June 2026: 9.8%');
  await expect(panel.getByTestId('ticked-now')).toHaveText('9.8% in June 2026, as you set it from June 2026.');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await open(popup, extensionId, 'popup.html');
  const tierLine = popup.getByRole('region', { name: 'Your tier' });
  await expect(tierLine).toContainText('Tier you tick: 9.8% · estimate for the year: 12.5%');
  await expect(tierLine).toContainText(
    'Tick 12.5% from your next Locum B, or keep 9.8% and settle at year end: PCSE collects the shortfall.',
  );
  await popup.screenshot({ path: `${SHOTS}/popup-tier.png`, fullPage: true });

  // A bad amount is said at its field and what was typed stays.
  await panel.getByLabel('Role', { exact: true }).selectOption('solo');
  await panel.getByLabel('Pensionable pay in the year (£)').fill('forty thousand');
  await panel.getByRole('button', { name: 'Add role' }).click();
  await expect(panel.locator('#role-pay-problem')).toContainText('is not an amount of money');
  await expect(panel.getByLabel('Pensionable pay in the year (£)')).toHaveValue('forty thousand');
  await panel.getByLabel('Pensionable pay in the year (£)').fill('40,000');
  await panel.getByRole('button', { name: 'Add role' }).click();
  await expect(panel).toContainText('Out-of-hours or Solo work: £40,000.00, the whole year');
  // £4,014.45 + £40,000 over 365 days (a whole-year Solo contract, year-end.md §3.2): £35,156 to £52,778, so 9.8%.
  await expect(panel).toContainText(
    'your NHS practitioner pay is £44,014. A role covers the whole year, so nothing is grossed up: £44,014 is in the 9.8% band.',
  );
  await panel.screenshot({ path: `${SHOTS}/pension-year-settings.png` });

  await popup.reload();
  await expect(tierLine).toHaveText(/Tier you tick: 9\.8% · estimate for the year: 9\.8%$/);

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#year`);
  const advice = page.locator('.statement .tier-advice');
  await expect(advice).toContainText('With your out-of-hours (Solo) work (£40,000, the whole year)');
  await advice.getByText('How this is worked out').click();
  await expect(advice.getByRole('link', { name: 'nhsemployers.org' })).toBeVisible();
  await expect(advice).not.toContainText('https://');
  await page.evaluate(() => document.querySelector('.statement .tier-advice')?.previousElementSibling?.scrollIntoView());
  await page.screenshot({ path: `${SHOTS}/advice.png` });
});
