// Issue 16's walkthrough: a new locum and a new practice manager from a fresh profile, every click and keystroke counted.
//
// How the user's acts are counted: each is made through `User` below, and only through it, so the count is what the test
// did. A click (a button, a link, a checkbox, focusing a field with the mouse, opening the popup from the toolbar or a
// bookmark) is 1 click; a select choice is 1 click (as the brief counts it); typing is 1 keystroke a character; Tab,
// Enter, Escape and Ctrl+A (to replace a field's prefilled date) are 1 keystroke each. The test's own setup (clocks, the
// replica's reset, the practice approving the Locum A for the locum's journey) is not counted.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { approveLocumA, LOCUM, logIn, logOut, PASSWORD } from '../replica/drive.mjs';
import { ask, expect, extensionTest as test } from './fixtures';
import { resetReplica } from './replica/support';
import { panel } from './assistant/support';

const SHOTS = 'docs/screenshots/first-run';
const TODAY = '2026-03-20';
/** The figures the issue measured before the first run was built. */
const BEFORE = { clicks: 32, keys: 210 };

type Tally = { clicks: number; keys: number };

class User {
  readonly steps: ({ step: string } & Tally)[] = [];

  /** Starts a named step: the totals are also given step by step. */
  step(name: string) {
    this.steps.push({ step: name, clicks: 0, keys: 0 });
  }

  get total(): Tally {
    return this.steps.reduce((sum, s) => ({ clicks: sum.clicks + s.clicks, keys: sum.keys + s.keys }), { clicks: 0, keys: 0 });
  }

  private add(clicks: number, keys: number) {
    const current = this.steps.at(-1)!;
    current.clicks += clicks;
    current.keys += keys;
  }

  /** An act outside the page the test drives: opening the popup from the toolbar, a bookmark, a browser tab. */
  elsewhere(clicks: number) {
    this.add(clicks, 0);
  }

  async click(target: Locator) {
    await target.click();
    this.add(1, 0);
  }

  async check(target: Locator) {
    await target.check();
    this.add(1, 0);
  }

  async choose(select: Locator, option: { label: string } | { label: RegExp }) {
    const value = await select.locator('option', { hasText: option.label }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    this.add(1, 0);
  }

  /** Clicks into a field and types; a prefilled field (today's date) is first selected with Ctrl+A. */
  async typeInto(field: Locator, text: string, { replacing = false } = {}) {
    await this.click(field);
    if (replacing) await this.press(field.page(), 'Control+A');
    await this.type(field.page(), text);
  }

  /** Tab to the next field, which must be `field`, and type. */
  async tabTo(field: Locator, text: string, { replacing = false } = {}) {
    await this.press(field.page(), 'Tab');
    await expect(field).toBeFocused();
    if (replacing) await this.press(field.page(), 'Control+A');
    await this.type(field.page(), text);
  }

  async type(page: Page, text: string) {
    await page.keyboard.type(text);
    this.add(0, text.length);
  }

  async press(page: Page, key: string) {
    await page.keyboard.press(key);
    this.add(0, 1);
  }

  /** Prints the totals and attaches them to the test, step by step. */
  report(who: string) {
    const { clicks, keys } = this.total;
    const lines = [
      `${who}: ${clicks} clicks, ${keys} keystrokes`,
      ...this.steps.map((s) => `  ${s.step}: ${s.clicks} clicks, ${s.keys} keys`),
    ];
    console.log(lines.join('\n'));
    test.info().annotations.push({ type: 'count', description: lines.join('; ') });
  }
}

/** An extension page on the test's "today": its own clock and the background's. */
async function onToday(page: Page, url?: string) {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
  if (url) await page.goto(url);
  else await page.reload();
  await ask(page, { type: 'test/set-today', today: TODAY });
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await onToday(popup, `chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** The replica's log in and organisation picker, typed as the user types them. */
async function logInCounted(user: User, page: Page, username: string) {
  await page.goto('/AccountPortal/Account/Login');
  await user.typeInto(page.locator('#PlaceHolderMain_signInControl_UserName'), username);
  await user.tabTo(page.locator('#PlaceHolderMain_signInControl_password'), PASSWORD);
  await user.press(page, 'Enter');
  await user.click(page.locator('#Organisation-button'));
  await user.click(page.locator('#Organisation-menu li').nth(1));
  await user.click(page.locator('input[type=button][value="Continue"]'));
}

async function openCounted(user: User, page: Page, tile: string, button?: string) {
  await user.click(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'GP Pensions' }));
  await user.click(page.getByRole('link', { name: new RegExp(`^${tile}`) }));
  if (button) await user.click(page.getByRole('link', { name: button }));
}

async function fillWithPanel(user: User, page: Page) {
  await user.click(panel(page).getByRole('button', { name: 'Fill', exact: true }));
  await expect(panel(page).getByRole('status').filter({ hasText: 'verified' })).toBeVisible();
  // Wait for the classic datepicker to settle (open or faded out) before the screenshot.
  await page.waitForTimeout(500);
  console.log('datepicker after Fill:', (await page.locator('#ui-datepicker-div').isVisible()) ? 'still open' : 'closed');
}

async function replicaState(page: Page) {
  return (await page.request.get('/__replica/state')).json();
}

test('a new locum: from an empty ledger to the first Locum B submitted, counted', async ({ context, extensionId, page }) => {
  test.setTimeout(120_000);
  await resetReplica(page.request, { variant: 'classic', today: TODAY });
  const user = new User();

  user.step('open the dashboard from the popup');
  const firstPopup = await openPopup(context, extensionId);
  await expect(firstPopup.getByRole('region', { name: 'Your ledger is empty' })).toBeVisible();
  user.elsewhere(1); // the toolbar icon
  await firstPopup.screenshot({ path: `${SHOTS}/walkthrough-locum-01-popup-empty.png`, fullPage: true });
  const opened = context.waitForEvent('page');
  await user.click(firstPopup.getByRole('button', { name: 'Start in the dashboard' }));
  const dashboard = await opened;
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.waitForLoadState();
  await onToday(dashboard);
  await firstPopup.close();

  user.step('choose "I\'m a locum"');
  const choice = dashboard.getByRole('region', { name: 'Welcome to Locum Ledger' });
  await expect(choice).toBeVisible();
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-locum-02-choice.png` });
  await user.click(choice.getByRole('button', { name: "I'm a locum" }));
  await expect(dashboard.getByRole('region', { name: /Get started: 3 steps left/ })).toBeVisible();
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-locum-03-checklist.png` });

  user.step('your details');
  const details = dashboard.getByRole('form', { name: 'Your details' });
  await user.typeInto(details.getByLabel('Name'), 'Dr Alex Morgan');
  await user.tabTo(details.getByLabel('SD number'), '84123456');
  await user.tabTo(details.getByLabel('National Insurance number'), 'QQ123456C');
  await user.tabTo(details.getByLabel('GMC number'), '7012345');
  await user.tabTo(details.getByLabel('Date of birth'), '12/06/1984');
  await expect(details.getByText('Tue 12 Jun 1984')).toBeVisible();
  await user.press(dashboard, 'Enter');
  await expect(details.getByRole('status')).toHaveText('Saved.');
  await expect(dashboard.getByRole('region', { name: /Get started: 2 steps left/ })).toBeVisible();
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-locum-04-details-saved.png` });

  user.step('one practice');
  const checklist = dashboard.getByRole('region', { name: /Get started/ });
  await user.click(checklist.getByRole('link', { name: 'Your practices' }));
  const practice = dashboard.getByRole('form', { name: 'Add practice' });
  await user.typeInto(practice.getByLabel('Practice name'), 'Riverside Medical Centre');
  await user.tabTo(practice.getByLabel('ODS code'), 'Y99901');
  await user.press(dashboard, 'Enter');
  await expect(dashboard.getByRole('region', { name: /Get started: 1 step left/ })).toBeVisible();
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-locum-05-practice-added.png` });

  user.step('three sessions in the popup');
  user.elsewhere(1); // the toolbar icon
  const popup = await openPopup(context, extensionId);
  await popup.screenshot({ path: `${SHOTS}/walkthrough-locum-06-popup-before-sessions.png`, fullPage: true });
  const add = popup.getByRole('form', { name: 'Add session' });
  const added = add.getByRole('status');
  for (const [i, day] of ['02/03/2026', '03/03/2026', '04/03/2026'].entries()) {
    await user.typeInto(add.getByLabel('Date worked'), day, { replacing: true });
    if (i === 0) await user.tabTo(add.getByLabel('Practice'), 'Riverside Medical Centre');
    else await user.press(popup, 'Tab'); // the practice stays from the last session
    await user.tabTo(add.getByLabel('Fee (£)'), '850');
    await user.press(popup, 'Enter');
    await expect(added).toContainText(`Added: Riverside Medical Centre`);
    if (i === 0) await popup.screenshot({ path: `${SHOTS}/walkthrough-locum-07-popup-first-session.png`, fullPage: true });
  }
  await expect(added).toHaveText('Added: Riverside Medical Centre, Wed 4 Mar 2026, £850.');
  await popup.screenshot({ path: `${SHOTS}/walkthrough-locum-08-popup-three-sessions.png`, fullPage: true });
  await popup.close();

  user.step('mark them paid');
  user.elsewhere(1); // back to the dashboard's browser tab
  await dashboard.reload();
  await expect(dashboard.getByRole('region', { name: /Get started/ })).toHaveCount(0);
  await user.click(dashboard.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Sessions' }));
  const toolbar = dashboard.getByRole('toolbar', { name: 'Selected sessions' });
  await user.choose(toolbar.getByRole('combobox'), { label: /^Worked in March 2026/ });
  await expect(toolbar).toContainText('3 selected');
  await user.typeInto(toolbar.getByLabel('Paid on'), '10/03/2026', { replacing: true });
  await expect(toolbar.getByText('Tue 10 Mar 2026')).toBeVisible();
  await user.click(toolbar.getByRole('button', { name: 'Mark as paid' }));
  await expect(toolbar).toContainText('0 selected');
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-locum-09-sessions-paid.png` });
  const ledger = await ask(dashboard, { type: 'ledger/read' });
  expect(ledger.invoices).toHaveLength(1);
  expect(ledger.invoices[0]).toMatchObject({ paidOn: '2026-03-10' });

  user.step('PCSE: log in, Locum A filled and submitted');
  user.elsewhere(1); // PCSE Online from a bookmark
  await page.bringToFront();
  await logInCounted(user, page, LOCUM);
  await openCounted(user, page, 'Locum A Forms', 'Create Locum A');
  await expect(panel(page).getByLabel('Fill from invoice')).toContainText('Riverside Medical Centre');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/walkthrough-locum-10-locum-a-before.png` });
  await fillWithPanel(user, page);
  await page.screenshot({ path: `${SHOTS}/walkthrough-locum-11-locum-a-filled.png` });
  await user.check(page.getByLabel(/^I claim NHS Pension Scheme membership/));
  await user.click(page.getByRole('button', { name: 'Submit', exact: true }));
  await expect(panel(page)).toContainText('Receipt saved: LA-000123');
  const locumA = (await replicaState(page)).locumAs.find((a: { ref: string }) => a.ref === 'LA-000123');
  expect(locumA).toMatchObject({
    ods: 'Y99901',
    workType: 'practice',
    fee: '2550.00',
    datePaid: '2026-03-10',
    periods: [{ first: '2026-03-02', last: '2026-03-04' }],
  });

  // The practice approves it (not the locum's acts, so not counted).
  await logOut(page);
  await logIn(page, 'pm.riverside@example.test');
  await approveLocumA(page, 'LA-000123');
  await logOut(page);

  user.step('PCSE: log in again, Locum B filled and submitted');
  await logInCounted(user, page, LOCUM);
  await openCounted(user, page, 'Locum B Forms', 'Create Locum B');
  await expect(panel(page).getByLabel('Fill for month')).toContainText('March 2026');
  await fillWithPanel(user, page);
  await page.screenshot({ path: `${SHOTS}/walkthrough-locum-12-locum-b-filled.png` });
  await user.check(page.getByLabel('I confirm the information on this form is correct and complete.'));
  await user.click(page.getByRole('button', { name: 'Submit', exact: true }));
  await expect(panel(page)).toContainText('84123456LOCMAR2026');
  await page.screenshot({ path: `${SHOTS}/walkthrough-locum-13-locum-b-submitted.png` });

  // The Locum B sent is the ledger's: March 2026, the one Locum A, and the tier and boxes a–i the ledger works out.
  const locumB = (await replicaState(page)).locumBs.at(-1);
  const { thisMonth } = await ask(dashboard, { type: 'popup/summary', today: TODAY });
  const formB = thisMonth.forms.formB;
  expect(locumB).toMatchObject({
    month: '2026-03',
    locumARefs: ['LA-000123'],
    tier: String(formB.ratePercent),
    bacsReference: formB.paymentReference,
    boxes: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((box) => [box, (formB[box] / 100).toFixed(2)])),
  });
  expect(locumB.boxes).toMatchObject({ a: '2295.00', h: '330.02' });
  const { receipts } = await ask(dashboard, { type: 'ledger/read' });
  expect(receipts.map((r: { paymentReference?: string; reference: string }) => r.paymentReference ?? r.reference).sort()).toEqual([
    '84123456LOCMAR2026-01',
    'LA-000123',
  ]);

  // The issue measured about 32 clicks and 210 keystrokes before the first run was built. This journey counts two
  // logins to PCSE Online (one per form, as the Locum B waits for the practice's approval), so its totals are reported,
  // not asserted below those figures: see the step-by-step annotation.
  user.report('A new locum');
  test.info().annotations.push({ type: 'issue 16 before', description: `${BEFORE.clicks} clicks, ${BEFORE.keys} keystrokes` });
});

test('a new practice manager: the choice, one locum invoice, and the verdict first on a Locum A to review, counted', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(90_000);
  await resetReplica(page.request, { variant: 'classic', today: TODAY });
  const user = new User();

  user.step('open the dashboard from the popup');
  const popup = await openPopup(context, extensionId);
  user.elsewhere(1); // the toolbar icon
  const opened = context.waitForEvent('page');
  await user.click(popup.getByRole('button', { name: 'Start in the dashboard' }));
  const dashboard = await opened;
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.waitForLoadState();
  await onToday(dashboard);
  await popup.close();

  user.step('choose "I approve locum forms for a practice"');
  await user.click(dashboard.getByRole('button', { name: 'I approve locum forms for a practice' }));
  await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Locum invoices');
  await expect(dashboard.getByRole('navigation', { name: 'Dashboard' }).getByRole('link')).toHaveText([
    'Rates',
    'Locum invoices',
    'Settings',
  ]);
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-practice-01-landing.png` });

  user.step('one locum invoice');
  const add = dashboard.getByRole('form', { name: 'Add locum invoice' });
  await user.typeInto(add.getByLabel('Locum name'), 'Dr Alex Morgan');
  await user.tabTo(add.getByLabel('GMC number'), '7012345');
  await user.tabTo(add.getByLabel('First day'), '09/02/2026');
  await user.tabTo(add.getByLabel('Last day'), '09/02/2026');
  await user.tabTo(add.getByLabel('Fee (£)'), '800');
  await user.tabTo(add.getByLabel('Invoice reference'), 'AM-2026-006');
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-practice-02-invoice-typed.png` });
  await user.press(dashboard, 'Enter');
  await expect(dashboard.getByRole('table', { name: 'Locum invoices' }).getByRole('row', { name: /Dr Alex Morgan/ })).toContainText(
    'AM-2026-006',
  );
  await dashboard.screenshot({ path: `${SHOTS}/walkthrough-practice-03-invoice-added.png` });

  user.step('PCSE: log in, open the Locum A to review');
  user.elsewhere(1); // PCSE Online from a bookmark
  await page.bringToFront();
  await page.setViewportSize({ width: 1280, height: 800 });
  await logInCounted(user, page, 'pm.meadowbank@example.test');
  await openCounted(user, page, 'Locum Approvals');
  await user.click(
    page
      .getByRole('row')
      .filter({ hasText: 'LA-000120' })
      .getByRole('link', { name: /^Review/ }),
  );
  const checks = panel(page).getByRole('region', { name: 'Approver check' });
  await expect(checks.locator('p').first()).toHaveClass(/verdict/);
  await expect(checks.locator('p.verdict')).toHaveText(/No problems/);
  await page.screenshot({ path: `${SHOTS}/walkthrough-practice-04-review-verdict.png` });

  user.report('A new practice manager');
});
