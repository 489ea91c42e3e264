// Drives the replica as a person would, with Playwright: typing into fields found by their visible
// labels (or, in the table variant, by the header cell beside them). Shared by the end-to-end specs
// (tests/e2e/replica) and the screenshot script.

export const PASSWORD = 'demo-password';
export const LOCUM = 'alex.morgan@example.test';

/** D1 and D2: the evidenced ids (pcse-portal.md A1.4) and the org picker's selectmenu. */
export async function logIn(page, username, { organisation } = {}) {
  await page.goto('/AccountPortal/Account/Login');
  await page.locator('#PlaceHolderMain_signInControl_UserName').fill(username);
  await page.locator('#PlaceHolderMain_signInControl_password').fill(PASSWORD);
  await page.locator('#PlaceHolderMain_signInControl_login').click();
  await chooseOrganisation(page, organisation);
}

export async function chooseOrganisation(page, organisation) {
  await page.locator('#Organisation-button').click();
  const options = page.locator('#Organisation-menu li');
  await (organisation ? options.filter({ hasText: organisation }) : options.nth(1)).click();
  await page.locator('input[type=button][value="Continue"]').click();
}

export async function logOut(page) {
  await page.getByRole('link', { name: 'Log out' }).click();
}

export async function openFromDashboard(page, tile, button) {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'GP Pensions' }).click();
  await page.getByRole('link', { name: new RegExp(`^${tile}`) }).click();
  if (button) await page.getByRole('link', { name: button }).click();
}

/** The input or select in the layout-table row whose header cell starts with `label`. */
export function tableRowField(page, label) {
  return page
    .locator('.form-table > tbody > tr')
    .filter({ has: page.locator(':scope > th', { hasText: new RegExp(`^\\s*${label.replace(/[()£.*+?^$|[\]\\]/g, '\\$&')}`) }) })
    .locator('input[type=text], input[type=checkbox], select')
    .first();
}

async function typeSplitDate(scope, legend, ddmmyyyy) {
  const [day, month, year] = ddmmyyyy.split('/');
  const group = scope.getByRole('group', { name: legend, exact: true });
  if (day) await group.getByLabel('Day').pressSequentially(day);
  await group.getByLabel('Month').pressSequentially(month);
  await group.getByLabel('Year').pressSequentially(year);
}

/** Types a dd/mm/yyyy date and closes the datepicker it opens (classic). */
async function typeDate(input, ddmmyyyy) {
  await input.pressSequentially(ddmmyyyy);
  await input.press('Escape');
}

async function fillLocumAClassic(page, data) {
  await page.getByLabel('Practice code (ODS code)').pressSequentially(data.ods);
  if (data.workType)
    await page
      .getByRole('radio', { name: data.workType === 'appraisal' ? 'Appraisal work (NHS England)' : 'GP practice locum work' })
      .check();
  for (const [i, period] of data.periods.entries()) {
    const row = page.locator('.period-row').nth(i);
    await typeDate(row.getByLabel('First day worked'), period.first);
    await typeDate(row.getByLabel('Last day worked'), period.last);
  }
  await page.getByLabel('Locum fee, excluding employer contributions (£)').pressSequentially(data.fee);
  if (data.datePaid) await typeDate(page.getByLabel('Date paid'), data.datePaid);
  if (data.declaration) await page.getByLabel(/^I claim NHS Pension Scheme membership/).check();
}

async function fillLocumAGovuk(page, data) {
  await page.getByLabel('Practice code (ODS code)').pressSequentially(data.ods);
  if (data.workType)
    await page
      .getByRole('radio', { name: data.workType === 'appraisal' ? 'Appraisal work (NHS England)' : 'GP practice locum work' })
      .check();
  for (const [i, period] of data.periods.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add another period' }).click();
    const row = page.getByRole('group', { name: `Period ${i + 1}`, exact: true });
    await typeSplitDate(row, 'First day worked', period.first);
    await typeSplitDate(row, 'Last day worked', period.last);
  }
  await page.getByLabel('Locum fee, excluding employer contributions (£)').pressSequentially(data.fee);
  if (data.datePaid) await typeSplitDate(page, 'Date paid', data.datePaid);
  if (data.declaration) await page.getByLabel(/^I claim NHS Pension Scheme membership/).check();
}

async function fillLocumATable(page, data) {
  await tableRowField(page, 'Practice code (ODS code)').pressSequentially(data.ods);
  if (data.workType)
    await tableRowField(page, 'Type of work').selectOption({
      label: data.workType === 'appraisal' ? 'Appraisal work (NHS England)' : 'GP practice locum work',
    });
  const dateRows = page.locator('.dates-table tbody tr');
  for (const [i, period] of data.periods.entries()) {
    await dateRows.nth(i).locator('td').nth(0).locator('input').pressSequentially(period.first);
    await dateRows.nth(i).locator('td').nth(1).locator('input').pressSequentially(period.last);
  }
  await tableRowField(page, 'Locum fee').pressSequentially(data.fee);
  if (data.datePaid) await tableRowField(page, 'Date paid').pressSequentially(data.datePaid);
  if (data.tier) await tableRowField(page, 'Tier rate').selectOption({ label: `${data.tier}%` });
  if (data.declaration) await tableRowField(page, 'I claim NHS Pension Scheme membership').check();
}

const FILL_A = { classic: fillLocumAClassic, govuk: fillLocumAGovuk, table: fillLocumATable };

/** data: { ods, workType, periods: [{ first, last }] (dd/mm/yyyy), fee, datePaid, tier (table), declaration } */
export async function fillLocumA(page, variant, data) {
  await FILL_A[variant](page, data);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

async function fillLocumBClassic(page, data) {
  const [year, month] = data.month.split('-');
  await page.getByLabel('Month and year this form refers to').selectOption({ label: MONTHS[Number(month) - 1] });
  await page.getByLabel('Year', { exact: true }).selectOption(year);
  if (data.tier) {
    await page.locator('#ctl00_PlaceHolderMain_ddlTierRate-button').click();
    await page
      .locator('#ctl00_PlaceHolderMain_ddlTierRate-menu li')
      .filter({ hasText: new RegExp(`^${data.tier.replace('.', '\\.')}%$`) })
      .click();
  }
  for (const ref of data.refs) await page.getByLabel(`Include ${ref}`).check();
  for (const [box, value] of Object.entries(data.extras ?? {})) await page.getByLabel(new RegExp(`^${box}\\. `)).fill(value);
  if (data.declaration) await page.getByLabel('I confirm the information on this form is correct and complete.').check();
}

async function fillLocumBGovuk(page, data) {
  const [year, month] = data.month.split('-');
  await typeSplitDate(page, 'Month and year this form refers to', `/${Number(month)}/${year}`);
  if (data.tier) await page.getByRole('radio', { name: `${data.tier}%`, exact: true }).check();
  for (const ref of data.refs) await page.getByRole('checkbox', { name: `Include ${ref}` }).check();
  for (const [box, value] of Object.entries(data.extras ?? {})) await page.getByLabel(new RegExp(`^${box}\\. `)).fill(value);
  if (data.declaration) await page.getByLabel('I confirm the information on this form is correct and complete.').check();
}

async function fillLocumBTable(page, data) {
  const [year, month] = data.month.split('-');
  await tableRowField(page, 'Month').selectOption({ label: `${MONTHS[Number(month) - 1]} ${year}` });
  for (const ref of data.refs) await page.locator('.data-table tbody tr').filter({ hasText: ref }).locator('input[type=checkbox]').check();
  for (const [box, value] of Object.entries(data.extras ?? {})) await tableRowField(page, `${box}. `).fill(value);
  if (data.declaration) await tableRowField(page, 'I confirm the information on this form').check();
}

const FILL_B = { classic: fillLocumBClassic, govuk: fillLocumBGovuk, table: fillLocumBTable };

/** data: { month: 'YYYY-MM', tier (not table), refs: ['LA-000123'], extras: { c: '10.00' }, declaration } */
export async function fillLocumB(page, variant, data) {
  await FILL_B[variant](page, data);
}

export async function submit(page) {
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
}

/** D7: the practice user reviews the Locum A and approves it, confirming payment. */
export async function approveLocumA(page, ref) {
  await openFromDashboard(page, 'Locum Approvals');
  await page
    .getByRole('row')
    .filter({ hasText: ref })
    .getByRole('link', { name: /^Review/ })
    .click();
  await page.getByLabel(/^I confirm that this practice has paid/).check();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
}
