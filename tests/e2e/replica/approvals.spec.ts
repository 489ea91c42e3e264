// D7: a practice user with the Locum Approver role approves or rejects Locum As of their practice.
import { test, expect } from '../fixtures';
import { LOCUM } from '../../replica/drive.mjs';
import { expectFormError, messages, resetReplica, signIn } from './support';

const m = messages.approvals;

test.beforeEach(async ({ request }) => {
  await resetReplica(request, { variant: 'classic' });
});

test('reject needs a reason, and the locum then sees the rejection and its reason', async ({ page }) => {
  await signIn(page, 'pm.meadowbank@example.test', '/GPP/Locum/Approvals');
  await page
    .getByRole('row')
    .filter({ hasText: 'LA-000120' })
    .getByRole('link', { name: /^Review/ })
    .click();
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  await expectFormError(page, m.reasonRequired);
  await page.getByLabel('Reason for rejection').fill('We have no record of this session.');
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(page.getByText('Locum A form rejected: LA-000120')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'LA-000120' })).toContainText('Rejected');

  await signIn(page, LOCUM, '/GPP/Locum/LocumA');
  await page.getByRole('row').filter({ hasText: 'LA-000120' }).getByRole('link', { name: /^View/ }).click();
  await expect(page.getByText('We have no record of this session.')).toBeVisible();
});

test('approve asks the practice to confirm payment, then moves the Locum A to Approved and onto Locum B', async ({ page }) => {
  await signIn(page, 'pm.meadowbank@example.test', '/GPP/Locum/Approvals');
  await page
    .getByRole('row')
    .filter({ hasText: 'LA-000120' })
    .getByRole('link', { name: /^Review/ })
    .click();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expectFormError(page, m.confirmRequired);
  await page.getByLabel(/^I confirm that this practice has paid/).check();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'LA-000120' })).toContainText('Approved');

  await signIn(page, LOCUM, '/GPP/Locum/LocumB/Create');
  await expect(page.getByLabel('Include LA-000120')).toBeEnabled();
});

test('a practice sees only its own Locum As, and a locum cannot open the approvals', async ({ page }) => {
  await signIn(page, 'pm.riverside@example.test', '/GPP/Locum/Approvals');
  await expect(page.getByRole('row').filter({ hasText: 'LA-000117' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'LA-000120' })).toHaveCount(0);
  await page.getByLabel('Status').selectOption({ label: 'Awaiting Approval' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('There are no Locum A forms to show.')).toBeVisible();

  await signIn(page, LOCUM, '/GPP/Locum/Approvals');
  await expect(page.getByText(messages.forbidden)).toBeVisible();
});

test('the approval email is an HTML page with Approve and Reject buttons', async ({ page }) => {
  await page.goto('/__replica/mailbox');
  await page.getByRole('link', { name: /^Locum A form awaiting approval – Dr Alex Morgan – Meadowbank Family Practice/ }).click();
  await expect(page.getByText('pm.meadowbank@example.test')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Approve' })).toHaveAttribute('href', /^mailto:.*APPROVE%20LA-000120/);
  await expect(page.getByRole('link', { name: 'Reject' })).toHaveAttribute('href', /^mailto:.*REJECT%20LA-000120/);
  await expect(page.getByText('If the buttons do not work, log in to PCSE Online to approve')).toBeVisible();
});
