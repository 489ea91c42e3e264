// Locum B: it offers only approved Locum As, and the server rejects each invalid case with its message.
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { LOCUM, fillLocumB, submit, type Variant } from '../../replica/drive.mjs';
import { VARIANTS, expectFormError, messages, resetReplica, signIn } from './support';

const m = messages.locumB;

async function openForm(page: Page, request: APIRequestContext, variant: Variant, today?: string) {
  await resetReplica(request, { variant, ...(today ? { today } : {}) });
  await signIn(page, LOCUM, '/GPP/Locum/LocumB/Create');
}

async function expectNotSubmitted(page: Page) {
  await expect(page).toHaveURL(/\/GPP\/Locum\/LocumB\/Create$/);
  await expect(page.getByRole('heading', { name: 'Locum B form submitted' })).toHaveCount(0);
}

for (const variant of VARIANTS) {
  test(`${variant}: only approved Locum As not already on a Locum B can be selected`, async ({ page, request }) => {
    await openForm(page, request, variant);
    const row = (ref: string) =>
      page
        .getByRole('row')
        .filter({ hasText: ref })
        .filter({ hasNot: page.getByRole('row') });
    await expect(row('LA-000119').getByRole('checkbox')).toBeEnabled();
    await expect(row('LA-000120').getByRole('checkbox')).toBeDisabled();
    await expect(row('LA-000120')).toContainText('Awaiting practice approval');
    for (const absent of ['LA-000117', 'LA-000121', 'LA-000122']) await expect(row(absent)).toHaveCount(0);
  });
}

test('govuk: mandatory fields', async ({ page, request }) => {
  await openForm(page, request, 'govuk');
  await submit(page);
  for (const message of [m.monthRequired, m.tierRequired, m.selectRequired, m.declarationRequired]) await expectFormError(page, message);
  await expectNotSubmitted(page);
});

test('classic: a duplicate Locum B for the same month', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await fillLocumB(page, 'classic', { month: '2026-01', tier: '12.5', refs: ['LA-000119'], declaration: true });
  await submit(page);
  await expectFormError(page, m.duplicate);
  await expectNotSubmitted(page);
});

test('table: the 10-week rule on the selected Locum As', async ({ page, request }) => {
  await openForm(page, request, 'table', '2026-05-01');
  await fillLocumB(page, 'table', { month: '2026-02', refs: ['LA-000119'], declaration: true });
  await submit(page);
  await expectFormError(page, messages.locumA.tenWeek);
  await expectNotSubmitted(page);
});

test('classic: optional boxes c–f must be amounts, and the month cannot be in the future', async ({ page, request }) => {
  await openForm(page, request, 'classic');
  await fillLocumB(page, 'classic', {
    month: '2026-06',
    tier: '12.5',
    refs: ['LA-000119'],
    extras: { c: 'ten pounds' },
    declaration: true,
  });
  await submit(page);
  await expectFormError(page, 'Enter a valid amount for added years contributions (box c)');
  await expectFormError(page, m.monthFuture);
  await expectNotSubmitted(page);
});

test('govuk: boxes a–i are worked out as the locum fills the form', async ({ page, request }) => {
  await openForm(page, request, 'govuk');
  await fillLocumB(page, 'govuk', { month: '2026-02', tier: '9.8', refs: ['LA-000119'], extras: { d: '25.00' } });
  const box = (label: string) => page.getByLabel(label, { exact: true });
  await expect(box('a. Total pensionable pay (£)')).toHaveText('2025.00');
  await expect(box('b. Employee contributions (a × tier %) (£)')).toHaveText('198.45');
  await expect(box('g. Total employee contributions (b + c + d + e + f) (£)')).toHaveText('223.45');
  await expect(box('h. Total employer contributions (14.38%) (£)')).toHaveText('291.20');
  await expect(box('i. Total to pay (g + h) (£)')).toHaveText('514.65');
  await page.getByRole('radio', { name: '12.5%', exact: true }).check();
  await expect(box('i. Total to pay (g + h) (£)')).toHaveText('569.33');
});
