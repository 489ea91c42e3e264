import type { Page } from '@playwright/test';
import { ask, expect, extensionTest as test } from '../fixtures';
import { approveLocumA, logIn, LOCUM, logOut, openFromDashboard, submit } from '../../replica/drive.mjs';
import { VARIANTS } from '../replica/support';
import { assistantLedger } from './ledger';
import { fill, panel, prepare, resultFor, tickDeclaration } from './support';

async function replicaState(page: Page) {
  return (await page.request.get('/__replica/state')).json();
}

for (const variant of VARIANTS) {
  test(`${variant}: Locum A filled and submitted, approved with the panel's check, Locum B filled and its UPR kept`, async ({
    context,
    extensionId,
    page,
  }) => {
    test.setTimeout(90_000);
    const extension = await prepare(context, extensionId, page, variant, assistantLedger());

    await logIn(page, LOCUM);
    await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
    await expect(panel(page).getByLabel('Fill from invoice')).toContainText('Riverside Medical Centre: INV-0302');
    await page.screenshot({ path: `out/screenshots/panel-${variant}-locum-a-before.png` });
    await fill(page);
    for (const name of [
      'Practice code (ODS)',
      'Type of work',
      'First day worked (row 1)',
      'Last day worked (row 1)',
      'Locum fee',
      'Date paid',
    ]) {
      await expect(resultFor(page, name)).toHaveAttribute('data-status', 'filled');
    }
    await expect(resultFor(page, 'Pensionable pay (box 2)')).toHaveAttribute('data-status', 'differs');
    await expect(resultFor(page, 'Pensionable pay (box 2)')).toContainText('The portal shows 1975.00; the rules give £1,975.01.');
    await expect(resultFor(page, 'Declaration')).toHaveAttribute('data-status', 'yours');
    await page.screenshot({ path: `out/screenshots/panel-${variant}-locum-a-after.png` });
    await tickDeclaration(page, variant, 'A');
    await submit(page);
    await expect(panel(page)).toContainText('Receipt saved: LA-000123');
    const sent = (await replicaState(page)).locumAs.find((a: { ref: string }) => a.ref === 'LA-000123');
    expect(sent).toMatchObject({
      ods: 'Y99901',
      workType: 'practice',
      fee: '2194.45',
      datePaid: '2026-03-10',
      invoiceRef: 'INV-0302',
      periods: [{ first: '2026-03-02', last: '2026-03-03' }],
    });

    await extension.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(extension.getByRole('region', { name: 'Locum As waiting' })).toContainText(
      'LA-000123 Riverside Medical Centre: awaiting approval since 20/03/2026.',
    );
    await extension.screenshot({ path: `out/screenshots/popup-${variant}-waiting.png`, fullPage: true });
    await page.bringToFront();

    await logOut(page);
    await logIn(page, 'pm.riverside@example.test');
    await openFromDashboard(page, 'Locum Approvals');
    await page
      .getByRole('row')
      .filter({ hasText: 'LA-000123' })
      .getByRole('link', { name: /^Review/ })
      .click();
    const checks = panel(page).getByRole('region', { name: 'Approver check' });
    await expect(checks.locator('[data-code=PENSIONABLE_PAY]')).toContainText('1,975.01');
    await expect(checks.locator('[data-code=ORGANISATION]')).toHaveClass(/finding--info/);
    await expect(checks.locator('[data-code=TEN_WEEK]')).toHaveClass(/finding--info/);
    await page.screenshot({ path: `out/screenshots/panel-${variant}-approver.png` });
    await approveLocumA(page, 'LA-000123');
    await logOut(page);

    await logIn(page, LOCUM);
    await openFromDashboard(page, 'Locum A Forms');
    await expect(panel(page).getByRole('button', { name: 'Show' })).toBeVisible();
    await expect
      .poll(
        async () =>
          (await ask(extension, { type: 'ledger/read' })).submissions.find(
            (s: { formReference?: string }) => s.formReference === 'LA-000123',
          )?.status,
      )
      .toBe('approved');
    await extension.reload();
    await expect(extension.getByRole('heading', { name: 'Locum Ledger' })).toBeVisible();
    await expect(extension.getByRole('region', { name: 'Locum As waiting' })).toHaveCount(0);
    await page.bringToFront();

    await openFromDashboard(page, 'Locum B Forms', 'Create Locum B');
    await expect(panel(page).getByLabel('Fill for month')).toContainText('March 2026');
    await fill(page);
    await expect(resultFor(page, 'LA-000123')).toHaveAttribute('data-status', 'filled');
    await expect(resultFor(page, 'Month of the Locum B')).toHaveAttribute('data-status', 'filled');
    if (variant !== 'table') await expect(resultFor(page, 'Tier (contribution rate)')).toHaveAttribute('data-status', 'filled');
    await page.screenshot({ path: `out/screenshots/panel-${variant}-locum-b-after.png` });
    await tickDeclaration(page, variant, 'B');
    await submit(page);
    await expect(panel(page)).toContainText('Receipt saved');
    await expect(panel(page)).toContainText('84123456LOCMAR2026-01');
    await expect(panel(page)).toContainText('84123456LOCMAR2026');
    const ledger = await ask(extension, { type: 'ledger/read' });
    expect(ledger.receipts.map((r: { reference: string; paymentReference?: string }) => r.paymentReference ?? r.reference).sort()).toEqual([
      '84123456LOCMAR2026-01',
      'LA-000123',
    ]);
  });
}
