// Each markup variant completed by typing, end to end: Locum A → practice approval → Locum B →
// success page → GOV.UK Pay stub (the "Done when").
import { test, expect } from '../fixtures';
import { LOCUM, approveLocumA, fillLocumA, fillLocumB, logIn, logOut, openFromDashboard, submit } from '../../replica/drive.mjs';
import { VARIANTS, calculated, resetReplica } from './support';

for (const variant of VARIANTS) {
  test.describe(`${variant} variant`, () => {
    test.beforeEach(async ({ request }) => {
      await resetReplica(request, { variant });
    });

    test('Locum A, approval, Locum B and payment by typing', async ({ page }) => {
      await logIn(page, LOCUM);
      await expect(page).toHaveURL(/\/HomePortal\//);
      await expect(page.getByRole('banner')).toContainText('Dr Alex Morgan');

      await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
      await fillLocumA(page, variant, {
        ods: 'Y99901',
        workType: 'practice',
        periods: [{ first: '02/03/2026', last: '03/03/2026' }],
        fee: '1,250.00',
        datePaid: '16/03/2026',
        tier: '9.8',
        declaration: true,
      });
      await expect.poll(() => calculated(page, variant, 'Pensionable pay (90% of fee) (£)')).toBe('1125.00');
      await expect.poll(() => calculated(page, variant, 'Employer contributions (14.38%) (£)')).toBe('161.78');
      await submit(page);

      await expect(page.getByRole('heading', { name: 'Locum A form submitted' })).toBeVisible();
      await expect(page.getByText('Your form has been sent to Riverside Medical Centre for approval.')).toBeVisible();
      const ref = (await page.locator('#submitted-reference').textContent()) ?? '';
      expect(ref).toMatch(/^LA-\d{6}$/);

      await logOut(page);
      await logIn(page, 'pm.riverside@example.test');
      await approveLocumA(page, ref);
      await expect(page.getByText(`Locum A form approved: ${ref}`)).toBeVisible();
      await expect(page.getByRole('row').filter({ hasText: ref })).toContainText('Approved');

      await logOut(page);
      await logIn(page, LOCUM);
      await openFromDashboard(page, 'Locum A Forms');
      await expect(page.getByRole('row').filter({ hasText: ref })).toContainText('Approved');

      await openFromDashboard(page, 'Locum B Forms', 'Create Locum B');
      await fillLocumB(page, variant, { month: '2026-03', tier: '9.8', refs: [ref], declaration: true });
      await expect.poll(() => calculated(page, variant, 'i. Total to pay (g + h) (£)')).toBe('272.03');
      await submit(page);

      await expect(page.getByRole('heading', { name: 'Locum B form submitted' })).toBeVisible();
      await expect(page.getByText('Unique payment reference: 84123456LOCMAR2026-01')).toBeVisible();
      await expect(page.getByText('Amount due: £272.03')).toBeVisible();
      await expect(page.getByText('Use reference 84123456LOCMAR2026 (ignore the -01)')).toBeVisible();

      await page.getByRole('button', { name: 'Pay with GOV.UK Pay' }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/__replica\/govuk-pay-stub\/\d+$/);
      await expect(page.getByText('Total amount£272.03')).toBeVisible();
      await page.getByRole('button', { name: 'Pay', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
      await page.getByRole('link', { name: 'Return to PCSE Online' }).click();
      await expect(page.getByText('Paid on 20/03/2026.')).toBeVisible();
    });
  });
}
