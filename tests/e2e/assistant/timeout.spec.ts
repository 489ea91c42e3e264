import { ask, expect, extensionTest as test } from '../fixtures';
import { chooseOrganisation, logIn, LOCUM, openFromDashboard, PASSWORD, submit } from '../../replica/drive.mjs';
import { VARIANTS } from '../replica/support';
import { assistantLedger, FEE } from './ledger';
import { fieldLabelled, fill, panel, prepare, tickDeclaration } from './support';

for (const variant of VARIANTS) {
  test(`${variant}: a session timeout before Submit loses nothing: log in again and Fill restores the form`, async ({
    context,
    extensionId,
    page,
  }) => {
    test.setTimeout(60_000);
    const extension = await prepare(context, extensionId, page, variant, assistantLedger());
    await logIn(page, LOCUM);
    await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
    await fill(page);
    const drafts = (await ask(extension, { type: 'ledger/read' })).submissions;
    expect(drafts).toMatchObject([{ kind: 'A', invoiceId: 'inv-0302', status: 'drafted' }]);

    await page.request.post('/__replica/expire-session');
    await tickDeclaration(page, variant, 'A');
    await submit(page);
    await expect(page).toHaveURL(/\/AccountPortal\/Account\/Login\?ReturnUrl=/);
    await page.locator('#PlaceHolderMain_signInControl_UserName').fill(LOCUM);
    await page.locator('#PlaceHolderMain_signInControl_password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await chooseOrganisation(page);
    await expect(page).toHaveURL(/\/GPP\/Locum\/LocumA\/Create$/);
    await expect(fieldLabelled(page, variant, 'Locum fee, excluding employer contributions (£)')).toHaveValue('');

    await expect(panel(page).getByLabel('Fill from invoice')).toContainText('filled before, not submitted');
    await fill(page);
    await expect(fieldLabelled(page, variant, 'Locum fee, excluding employer contributions (£)')).toHaveValue(FEE);
    await tickDeclaration(page, variant, 'A');
    await submit(page);
    await expect(panel(page)).toContainText('Receipt saved: LA-000123');
    const ledger = await ask(extension, { type: 'ledger/read' });
    expect(ledger.submissions).toMatchObject([{ kind: 'A', invoiceId: 'inv-0302', status: 'submitted', formReference: 'LA-000123' }]);
  });
}
