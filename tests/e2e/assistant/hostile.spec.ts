// Hostile pages: the replica's hostile variant puts markup and script into labels, names, organisations and references
// (tests/replica/data/hostile.json). Every payload calls window.__pwned(where) if it ever runs. The assistant reads,
// fills, checks and captures from such pages; nothing may run, and page text must only ever be shown as text.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ask, expect, extensionTest as test } from '../fixtures';
import { approveLocumA, logIn, LOCUM, logOut, openFromDashboard, submit } from '../../replica/drive.mjs';
import { resetReplica } from '../replica/support';
import { assistantLedger } from './ledger';
import { fill, panel, seedExtension, tickDeclaration } from './support';

const hostile = JSON.parse(
  readFileSync(new URL('../../replica/data/hostile.json', import.meta.url), 'utf8'),
) as typeof import('../../replica/data/hostile.json');
const REFERENCE = `LA-000123${hostile.referenceSuffix}`;
/** What the receipt keeps: a reference is read by its shape, so the markup after it on the page is left out. */
const KEPT = 'LA-000123';

type Inspection = { injected: string[]; text: string };

/**
 * What a page or the panel's shadow root holds that markup from the page could have made: script-bearing elements,
 * event-handler attributes, javascript: URLs. The extension's own UI has none of these, so any one is an injection.
 */
function inspect(root: Document | ShadowRoot): Inspection {
  const framing = new Set(['IFRAME', 'OBJECT', 'EMBED', 'FRAME']);
  const injected = Array.from(root.querySelectorAll('*'))
    .filter(
      (el) =>
        framing.has(el.tagName) ||
        // The extension's pages load their own bundles by src; a payload's script is inline.
        (el.tagName === 'SCRIPT' && (!el.hasAttribute('src') || (el.textContent ?? '').includes('__pwned'))) ||
        (el.tagName === 'IMG' && el.getAttribute('src') === 'x') ||
        Array.from(el.attributes).some((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)),
    )
    .map((el) => `<${el.tagName.toLowerCase()} ${Array.from(el.attributes, (a) => `${a.name}="${a.value}"`).join(' ')}>`);
  const text = root instanceof Document ? (root.body?.textContent ?? '') : (root.textContent ?? '');
  return { injected, text };
}

/** The panel's shadow root (open in test builds), inspected. */
function inspectPanel(page: Page): Promise<Inspection> {
  return page.evaluate(`(${inspect.toString()})(document.querySelector('locum-ledger-panel').shadowRoot)`) as Promise<Inspection>;
}

function inspectDocument(page: Page): Promise<Inspection> {
  return page.evaluate(`(${inspect.toString()})(document)`) as Promise<Inspection>;
}

/** Records every payload that runs, in the page's own world, and every CSP refusal on the extension's pages. */
async function watch(page: Page, ran: string[]): Promise<void> {
  await page.exposeFunction('__pwned', (where: string) => ran.push(`${page.url()}: ${where}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) ran.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => ran.push(`${page.url()}: ${error.message}`));
}

test('hostile labels, names and references are read, filled, checked and kept as text, and nothing on the page runs', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(120_000);
  const ran: string[] = [];
  await watch(page, ran);
  await resetReplica(page.request, { variant: 'classic', hostile: true });
  const extension = await seedExtension(context, extensionId, assistantLedger());
  await watch(extension, ran);
  await page.bringToFront();

  // Detect and fill: the page's labels carry payloads (fields are still recognised by their ids and names).
  await logIn(page, LOCUM);
  await expect(page.locator('#header-organisation')).toContainText("onerror=__pwned('org-img')");
  // The trap works: markup parsed into this page does reach __pwned, so an empty list below means nothing ran.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img id="trap-check" src="x" onerror="__pwned(\'trap\')">'));
  await expect.poll(() => ran).toEqual([expect.stringContaining('trap')]);
  await page.evaluate(() => document.getElementById('trap-check')?.remove());
  ran.length = 0;
  await openFromDashboard(page, 'Locum A Forms', 'Create Locum A');
  await expect(panel(page).getByLabel('Fill from invoice')).toContainText('Riverside Medical Centre: INV-0302');
  await fill(page);
  expect((await inspectPanel(page)).injected).toEqual([]);
  await page.screenshot({ path: 'out/screenshots/panel-hostile-locum-a-after.png' });

  // Teach: the panel names the clicked field by its label, which is nothing but a payload.
  await panel(page).getByRole('button', { name: 'Teach a field' }).click();
  await page.locator('#ctl00_PlaceHolderMain_txtInvoiceReference').click();
  await expect(panel(page)).toContainText(`This field: ${hostile.labels.locumA.invoiceRef}`);
  expect((await inspectPanel(page)).injected).toEqual([]);
  await page.screenshot({ path: 'out/screenshots/panel-hostile-teach.png' });
  await panel(page).getByRole('button', { name: 'Cancel' }).click();

  // Copy page structure: the labels again, in the preview, as text.
  await panel(page).getByRole('button', { name: 'Copy page structure' }).click();
  const preview = (await panel(page).getByRole('region', { name: 'Page structure' }).locator('pre').textContent())!;
  expect(preview).toContain(JSON.stringify(hostile.labels.locumA.invoiceRef).slice(1, -1));
  expect((await inspectPanel(page)).injected).toEqual([]);
  await panel(page).getByRole('button', { name: 'Close' }).click();

  // Confirmation capture: the page shows the reference with a payload after it; the reference is read by its shape.
  await tickDeclaration(page, 'classic', 'A');
  await submit(page);
  await expect(page.locator('main')).toContainText(REFERENCE);
  await expect(panel(page)).toContainText(`Receipt saved: ${KEPT}`);
  await expect(panel(page)).not.toContainText('onerror');
  expect((await inspectPanel(page)).injected).toEqual([]);
  const ledger = await ask(extension, { type: 'ledger/read' });
  expect(ledger.receipts.map((r: { reference: string }) => r.reference)).toEqual([KEPT]);

  // The captured reference in the popup and the dashboard: text, never markup.
  await extension.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(extension.getByRole('region', { name: 'Locum As waiting' })).toContainText(KEPT);
  const popup = await inspectDocument(extension);
  expect(popup.injected).toEqual([]);
  await extension.goto(`chrome-extension://${extensionId}/dashboard.html#receipts`);
  await expect(extension.locator('main')).toContainText(KEPT);
  const dashboard = await inspectDocument(extension);
  expect(dashboard.injected).toEqual([]);
  await extension.screenshot({ path: 'out/screenshots/dashboard-hostile-receipts.png', fullPage: true });
  await extension.goto(`chrome-extension://${extensionId}/dashboard.html#year`);
  await expect(extension.locator('main')).toContainText(KEPT);
  expect((await inspectDocument(extension)).injected).toEqual([]);
  await page.bringToFront();

  // The approver's check, with the practice's and the locum's names carrying payloads.
  await logOut(page);
  await logIn(page, 'pm.riverside@example.test');
  await openFromDashboard(page, 'Locum Approvals');
  await page
    .getByRole('row')
    .filter({ hasText: 'LA-000123' })
    .getByRole('link', { name: /^Review/ })
    .click();
  const checks = panel(page).getByRole('region', { name: 'Approver check' });
  await expect(checks.locator('[data-code=ORGANISATION]')).toContainText(hostile.organisations.Y99901);
  const approver = await inspectPanel(page);
  expect(approver.injected).toEqual([]);
  await page.screenshot({ path: 'out/screenshots/panel-hostile-approver.png' });
  await approveLocumA(page, 'LA-000123');

  // Status read back from the list page, whose reference cells carry the payload too.
  await logOut(page);
  await logIn(page, LOCUM);
  await openFromDashboard(page, 'Locum A Forms');
  await expect
    .poll(
      async () =>
        (await ask(extension, { type: 'ledger/read' })).submissions.find((s: { formReference?: string }) => s.formReference === KEPT)
          ?.status,
    )
    .toBe('approved');
  expect((await inspectPanel(page)).injected).toEqual([]);

  expect(ran).toEqual([]);
  // And the page itself showed every payload as text, so the test did put them in front of the assistant.
  expect((await inspectDocument(page)).injected).toEqual([]);
});
