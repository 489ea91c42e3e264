// Login, the session timeout and the per-session markup variant.
import { test, expect } from '../fixtures';
import { LOCUM, PASSWORD, chooseOrganisation, logIn, openFromDashboard } from '../../replica/drive.mjs';
import { messages, resetReplica, signIn } from './support';

test('a timed-out session sends the user to log in, then back to the page they were on', async ({ page, request }) => {
  await resetReplica(request, { variant: 'classic' });
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await page.getByLabel('Locum fee, excluding employer contributions (£)').pressSequentially('750.00');
  await page.request.post('/__replica/expire-session');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();

  await expect(page).toHaveURL(/\/AccountPortal\/Account\/Login\?ReturnUrl=%2FGPP%2FLocum%2FLocumA%2FCreate$/);
  await expect(page.getByText(messages.login.timedOut)).toBeVisible();
  await page.locator('#PlaceHolderMain_signInControl_UserName').fill(LOCUM);
  await page.locator('#PlaceHolderMain_signInControl_password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await chooseOrganisation(page);
  await expect(page).toHaveURL(/\/GPP\/Locum\/LocumA\/Create$/);
  await expect(page.getByLabel('Locum fee, excluding employer contributions (£)')).toHaveValue('');
});

test('the session timeout is configurable and applies to ordinary navigation', async ({ page, request }) => {
  await resetReplica(request, { variant: 'govuk', sessionTimeoutSeconds: 2 });
  await signIn(page, LOCUM, '/HomePortal/Home/Index');
  await expect(page.getByRole('heading', { name: 'Welcome, Dr Alex Morgan' })).toBeVisible();
  await page.waitForTimeout(2500);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'GP Pensions' }).click();
  await expect(page).toHaveURL(/\/AccountPortal\/Account\/Login\?ReturnUrl=/);
  await expect(page.getByText(messages.login.timedOut)).toBeVisible();
});

test('login rejects missing and wrong credentials with the Login control messages', async ({ page, request }) => {
  await resetReplica(request, { variant: 'classic' });
  await page.goto('/AccountPortal/Account/Login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(messages.login.usernameRequired)).toBeVisible();
  await expect(page.getByText(messages.login.passwordRequired)).toBeVisible();
  await page.locator('#PlaceHolderMain_signInControl_UserName').fill(LOCUM);
  await page.locator('#PlaceHolderMain_signInControl_password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#PlaceHolderMain_signInControl_FailureText')).toHaveText(messages.login.failure);
});

test('?variant= switches the markup for this browser session only', async ({ page, request, browser }) => {
  await resetReplica(request, { variant: 'classic' });
  await page.goto('/AccountPortal/Account/Login?variant=govuk');
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await expect(page.getByRole('button', { name: 'Add another period' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Period 1', exact: true })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(page.url().replace(/\/GPP\/.*$/, '/AccountPortal/Account/Login'));
  await expect(otherPage.locator('footer strong')).toHaveText('classic');
  await expect(page.locator('footer strong')).toHaveText('govuk');
  await other.close();
});

test('the replica answers its health check and refuses a bad reset', async ({ request }) => {
  const health = await request.get('/__replica/health');
  expect(await health.text()).toBe('ok');
  expect((await request.post('/__replica/reset', { data: { variant: 'fancy' } })).status()).toBe(400);
  expect((await request.post('/__replica/reset', { data: { today: '20/03/2026' } })).status()).toBe(400);
  expect((await request.post('/__replica/reset', { data: { hostile: 'yes' } })).status()).toBe(400);
});
