// "What is this page?" (issue 15) on a replica page the assistant cannot place (tests/replica/views/work-details.mjs):
// asked once, answered, remembered after a reload, carried in the portal profile, and the page saved as evidence.
// The question appears only where the detector sets `ask`: no kind clearly ahead, and form controls on the page.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { ask, expect, extensionTest as test } from '../fixtures';
import { logIn, LOCUM } from '../../replica/drive.mjs';
import { assistantLedger } from './ledger';
import { panel, prepare } from './support';

const WORK_DETAILS = '/GPP/Work/Details';

test('an unplaceable page asks what it is, keeps the answer for next time and in the portal profile, and saves as evidence', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(60_000);
  const extension = await prepare(context, extensionId, page, 'classic', assistantLedger());
  await logIn(page, LOCUM);
  await page.goto(WORK_DETAILS);

  const question = panel(page).getByRole('group', { name: 'What is this page?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('radio')).toHaveCount(5);
  await expect(question.getByRole('radio', { checked: true })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).include('locum-ledger-panel').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await panel(page).screenshot({ path: 'out/screenshots/unseen/what-is-this-page.png' });

  // The fill shortcut has nothing to fill here: it opens the panel at the question.
  await panel(page).getByRole('button', { name: 'Hide' }).click();
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+L');
  await expect(question.getByRole('radio', { name: 'Locum A form' })).toBeFocused();

  await question.getByRole('radio', { name: 'Locum A form' }).check();
  await panel(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel(page)).toContainText('Taken as a Locum A form (your answer) · Change');
  // Focus lands where the question was, on the line that says what the answer did.
  await expect(panel(page).locator('.page-kind-note')).toBeFocused();
  await expect(panel(page).getByRole('button', { name: 'Fill', exact: true })).toBeVisible();

  await page.reload();
  await expect(panel(page)).toContainText('Taken as a Locum A form (your answer) · Change');
  await expect(panel(page).getByRole('button', { name: 'Fill', exact: true })).toBeVisible();
  await expect(question).toHaveCount(0);

  // The dashboard tab read the ledger before the answer: it opens Settings afresh.
  await extension.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await extension.reload();
  const profile = extension.getByRole('region', { name: 'Portal profile' });
  await expect(profile).toContainText('"Tell us about your sessions": taken as a Locum A form');
  const downloading = extension.waitForEvent('download');
  await profile.getByRole('button', { name: 'Export portal profile' }).click();
  const exported = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
  expect(exported).toMatchObject({
    format: 'locum-ledger-portal-profile',
    version: 2,
    answers: [{ kind: 'locumAForm', heading: 'Tell us about your sessions' }],
  });

  await page.bringToFront();
  await panel(page).getByRole('button', { name: 'Save this page as evidence' }).click();
  await panel(page).getByLabel('Reference', { exact: true }).fill('LA-000999');
  await panel(page).getByRole('button', { name: 'Save this page as evidence' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Saved as evidence: LA-000999' })).toBeVisible();
  const { receipts, submissions } = await ask(extension, { type: 'ledger/read' });
  // Evidence from a form page marks nothing submitted: the Locum A filled above stays a draft.
  expect(submissions.filter((s: { status: string }) => s.status === 'submitted')).toEqual([]);
  expect(receipts).toEqual([
    expect.objectContaining({ reference: 'LA-000999', source: 'manual', evidence: expect.stringContaining('Tell us about your sessions') }),
  ]);
});
