import { expect, extensionTest as test } from '../fixtures';
import { logIn, LOCUM, logOut, openFromDashboard, submit } from '../../replica/drive.mjs';
import { assistantLedger } from './ledger';
import { fill, panel, prepare, tickDeclaration } from './support';

/** The practice recorded £2,200.00 for the work the locum's Locum A claims at £2,194.45. */
function ledgerWithPracticeInvoice() {
  const ledger = assistantLedger();
  return {
    ...ledger,
    settings: { ...ledger.settings, practiceMode: true },
    practiceInvoices: [
      {
        id: 'pi-1',
        locumName: 'Dr Alex Morgan',
        gmcNumber: '',
        firstDay: '2026-03-02',
        lastDay: '2026-03-03',
        feePence: 220000,
        reference: 'PR-77',
      },
    ],
  };
}

test('the approver panel opens with its verdict and a rejection reason to copy for each difference', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(90_000);
  await prepare(context, extensionId, page, 'classic', ledgerWithPracticeInvoice());
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await fill(page);
  await tickDeclaration(page, 'classic', 'A');
  await submit(page);
  await expect(panel(page)).toContainText('Receipt saved: LA-000123');
  await logOut(page);

  await logIn(page, 'pm.riverside@example.test');
  await openFromDashboard(page, 'Locum Approvals');
  await page
    .getByRole('row')
    .filter({ hasText: 'LA-000123' })
    .getByRole('link', { name: /^Review/ })
    .click();
  const checks = panel(page).getByRole('region', { name: 'Approver check' });
  const verdict = checks.locator('p.verdict');
  await expect(verdict).toHaveText('✗ 1 difference from your invoice PR-77: fee');
  await expect(checks.locator('p').first()).toHaveClass(/verdict/);
  const copy = checks.getByRole('button', { name: 'Copy rejection reason' });
  await expect(copy).toHaveCount(1);
  await expect(copy).toHaveAttribute(
    'data-reason',
    'Please correct the Locum A: the fee is £2,194.45 on the form but £2,200.00 on our invoice PR-77.',
  );
  await expect(checks.getByRole('link', { name: 'Source' }).first()).toHaveAttribute('href', /^https:\/\//);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'docs/screenshots/first-run/approver-verdict.png' });
});
