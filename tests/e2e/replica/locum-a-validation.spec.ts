// Server-side validation of Locum A: each invalid case is rejected with its message, shown in the
// error summary and beside the field, and nothing is submitted.
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { LOCUM, fillLocumA, submit, type LocumAData, type Variant } from '../../replica/drive.mjs';
import { VARIANTS, calculated, expectFormError, messages, resetReplica, signIn, tableRowField } from './support';

const m = messages.locumA;
const VALID: LocumAData = {
  ods: 'Y99901',
  workType: 'practice',
  periods: [{ first: '02/03/2026', last: '03/03/2026' }],
  fee: '1,250.00',
  datePaid: '16/03/2026',
  tier: '9.8',
  declaration: true,
};

async function openForm(page: Page, request: APIRequestContext, variant: Variant, today?: string) {
  await resetReplica(request, { variant, ...(today ? { today } : {}) });
  await signIn(page, LOCUM, '/GPP/Locum/LocumA/Create');
}

async function expectNotSubmitted(page: Page) {
  await expect(page).toHaveURL(/\/GPP\/Locum\/LocumA\/Create$/);
  await expect(page.getByRole('heading', { name: 'Locum A form submitted' })).toHaveCount(0);
}

for (const variant of VARIANTS) {
  test(`${variant}: mandatory fields`, async ({ page, request }) => {
    await openForm(page, request, variant);
    await submit(page);
    for (const message of [
      m.odsRequired,
      m.workTypeRequired,
      m.firstRequired,
      m.lastRequired,
      m.feeRequired,
      m.datePaidRequired,
      m.declarationRequired,
    ]) {
      await expectFormError(page, message);
    }
    if (variant === 'table') await expectFormError(page, m.tierRequired);
    await expectNotSubmitted(page);
  });
}

test('classic: date format', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await fillLocumA(page, 'classic', { ...VALID, periods: [{ first: '31/02/2026', last: '2026-03-03' }] });
  await submit(page);
  await expectFormError(page, 'First day worked must be a real date in the format dd/mm/yyyy');
  await expectFormError(page, 'Last day worked must be a real date in the format dd/mm/yyyy');
  await expect(page.getByLabel('Locum fee, excluding employer contributions (£)')).toHaveValue('1,250.00');
  await expectNotSubmitted(page);
});

test('govuk: date format with day, month and year boxes', async ({ page, request }) => {
  await openForm(page, request, 'govuk');
  await fillLocumA(page, 'govuk', { ...VALID, periods: [{ first: '30/02/2026', last: '03/13/2026' }] });
  await submit(page);
  await expectFormError(page, 'First day worked must be a real date');
  await expectFormError(page, 'Last day worked must be a real date');
  await expect(page.getByRole('link', { name: 'First day worked must be a real date' })).toHaveAttribute('href', '#first-day-worked-1-day');
  await expectNotSubmitted(page);
});

test('table: date format', async ({ page, request }) => {
  await openForm(page, request, 'table');
  await fillLocumA(page, 'table', { ...VALID, datePaid: '16.03.2026' });
  await submit(page);
  await expectFormError(page, 'Date paid must be a real date in the format dd/mm/yyyy');
  await expectNotSubmitted(page);
});

test('classic: last day before first day', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await fillLocumA(page, 'classic', { ...VALID, periods: [{ first: '05/03/2026', last: '04/03/2026' }] });
  await submit(page);
  await expectFormError(page, m.lastBeforeFirst);
  await expectNotSubmitted(page);
});

test('govuk: dates in the future', async ({ page, request }) => {
  await openForm(page, request, 'govuk');
  await fillLocumA(page, 'govuk', { ...VALID, periods: [{ first: '19/03/2026', last: '23/03/2026' }], datePaid: '20/03/2026' });
  await submit(page);
  await expectFormError(page, m.future);
  await expectNotSubmitted(page);
});

test('classic: work spanning 31 March and 1 April in one period', async ({ page, request }) => {
  await openForm(page, request, 'classic', '2026-04-10');
  await fillLocumA(page, 'classic', { ...VALID, periods: [{ first: '31/03/2026', last: '01/04/2026' }], datePaid: '08/04/2026' });
  await submit(page);
  await expectFormError(page, 'Work before and after 1 April 2026 must be submitted on separate forms');
  await expectNotSubmitted(page);
});

test('govuk: work spanning the rate change across two added periods', async ({ page, request }) => {
  await openForm(page, request, 'govuk', '2026-04-10');
  await fillLocumA(page, 'govuk', {
    ...VALID,
    periods: [
      { first: '30/03/2026', last: '31/03/2026' },
      { first: '02/04/2026', last: '02/04/2026' },
    ],
    datePaid: '08/04/2026',
  });
  await submit(page);
  await expectFormError(page, 'Work before and after 1 April 2026 must be submitted on separate forms');
  await expect(page.getByRole('group', { name: 'Period 2', exact: true })).toBeVisible();
  await expectNotSubmitted(page);
});

test('table: the 10-week rule', async ({ page, request }) => {
  await openForm(page, request, 'table');
  await fillLocumA(page, 'table', { ...VALID, periods: [{ first: '01/12/2025', last: '02/12/2025' }], datePaid: '15/12/2025' });
  await submit(page);
  await expectFormError(page, m.tenWeek);
  await expectNotSubmitted(page);
});

test('classic: work ten weeks ago to the day is still accepted', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await fillLocumA(page, 'classic', { ...VALID, periods: [{ first: '09/01/2026', last: '09/01/2026' }], datePaid: '16/01/2026' });
  await submit(page);
  await expect(page.getByRole('heading', { name: 'Locum A form submitted' })).toBeVisible();
});

test('classic: fee must be pounds and pence above zero, paid after the work', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await fillLocumA(page, 'classic', { ...VALID, fee: '0.00', datePaid: '01/03/2026' });
  await submit(page);
  await expectFormError(page, m.feePositive);
  await expectFormError(page, m.datePaidBeforeLast);
  const fee = page.getByLabel('Locum fee, excluding employer contributions (£)');
  await fee.fill('12.345');
  await submit(page);
  await expectFormError(page, m.feeRequired);
});

test('practice search finds the practice by ODS code, or says it is not found', async ({ page, request }) => {
  await openForm(page, request, 'table');
  await tableRowField(page, 'Practice code (ODS code)').pressSequentially('Z00000');
  await page.getByRole('button', { name: 'Search' }).click();
  await expectFormError(page, m.odsNotFound);
  await tableRowField(page, 'Practice code (ODS code)').fill('y99902');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('Practice found: Elm Tree Surgery (Y99902)')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Practice name/ })).toContainText('Elm Tree Surgery');
});

test('the portal rounds with toFixed, so a half penny can round down', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await page.getByLabel('Locum fee, excluding employer contributions (£)').pressSequentially('2,194.45');
  // Exact arithmetic gives 1,975.005 → 1,975.01 and 284.01; the portal's toFixed shows 1975.00 and 284.00.
  await expect.poll(() => calculated(page, 'classic', 'Pensionable pay (90% of fee) (£)')).toBe('1975.00');
  await expect.poll(() => calculated(page, 'classic', 'Employer contributions (14.38%) (£)')).toBe('284.00');
});
