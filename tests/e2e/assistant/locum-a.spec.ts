import { expect, extensionTest as test } from '../fixtures';
import { logIn, LOCUM, openFromDashboard, submit } from '../../replica/drive.mjs';
import { VARIANTS } from '../replica/support';
import { fill, panel, prepare } from './support';

for (const variant of VARIANTS) {
  test(`${variant}: fills a Locum A from the ledger, the user submits, and the receipt is kept`, async ({ context, extensionId, page }) => {
    await prepare(context, extensionId, page, variant);
    await logIn(page, LOCUM);
    await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
    await expect(panel(page)).toContainText('Locum A form');
    await fill(page);
    await page.screenshot({ path: `out/assistant-${variant}-a.png`, fullPage: true });
  });
}
