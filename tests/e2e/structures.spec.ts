// Issue 8, "Learning the real portal": each page-structure file in tests/replica/structures becomes a replica variant
// (npm run replica:from-structure), and the assistant must fill that page from the ledger. Files exported from the
// hand-written variants must also fill exactly as those variants do: the round trip that shows a structure file keeps
// what the assistant needs.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionTest as test } from './fixtures';
import type { PageStructure, StructureControl } from '../../lib/portal/structure/schema';
import { LOCUM, logIn, openFromDashboard, submit } from '../replica/drive.mjs';
import { VARIANTS } from './replica/support';
import { assistantLedger, FEE } from './assistant/ledger';
import { fill, panel, seedExtension, TODAY } from './assistant/support';

const DIR = 'tests/replica/structures';
const FORMS = ['locumAForm', 'locumBForm'];

const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    name: path.basename(file, '.json'),
    structure: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as PageStructure,
  }));

/** How the ledger fills each concept (read as data: Playwright's loader cannot import JSON the way lib/portal does). */
const FILL_BY_CONCEPT = new Map<string, string>(
  (JSON.parse(readFileSync('lib/portal/recognise/concepts.json', 'utf8')) as { concepts: { id: string; fill: string }[] }).concepts.map(
    (c) => [c.id, c.fill],
  ),
);

/** The tier the ledger advises for the assistant ledger's March 2026: what Fill chooses wherever a tier is asked. */
const TIER = '12.5';
/** The ledger's Locum A once the practice approved it, as workflow.spec.ts gets it by submitting. */
const APPROVED_LOCUM_A = {
  ods: 'Y99901',
  workType: 'practice',
  periods: [{ first: '2026-03-02', last: '2026-03-03' }],
  fee: FEE,
  datePaid: '2026-03-10',
  invoiceRef: 'INV-0302',
  tier: TIER,
};
const REFERENCE = 'LA-000123';

function ledgerWithApprovedLocumA() {
  const at = '2026-03-11T09:00:00.000Z';
  const submission = {
    id: 'sub-la',
    kind: 'A',
    month: '2026-03',
    invoiceId: 'inv-0302',
    status: 'approved',
    filled: {},
    formReference: REFERENCE,
    amounts: {},
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
  };
  return { ...assistantLedger(), submissions: [submission] };
}

type Result = { concept: string | null; status: string; name: string };

/** Resets the replica to `variant`, seeds the extension, opens the create page as the locum and presses Fill. */
async function fillOn(context: BrowserContext, extensionId: string, page: Page, variant: string, kind: string): Promise<Result[]> {
  const locumB = kind === 'locumBForm';
  const reset = await page.request.post('/__replica/reset', {
    data: { variant, today: TODAY, ...(locumB ? { approvedLocumAs: [APPROVED_LOCUM_A] } : {}) },
  });
  expect(reset.ok(), await reset.text()).toBe(true);
  const extension = await seedExtension(context, extensionId, locumB ? ledgerWithApprovedLocumA() : assistantLedger());
  await extension.close();
  await page.bringToFront();
  await logIn(page, LOCUM);
  await openFromDashboard(page, locumB ? 'Locum B Forms' : 'Locum A Forms', locumB ? 'Create Locum B' : 'Create Locum A');
  await fill(page);
  return panel(page)
    .locator('.result')
    .evaluateAll((items) =>
      items.map((item) => ({
        concept: item.getAttribute('data-concept'),
        status: item.getAttribute('data-status') ?? '',
        name: item.querySelector('.result__name')?.textContent ?? '',
      })),
    );
}

/** Every concept the file says the assistant recognised and the ledger fills: filled, or for a portal figure compared. */
function expectLedgerConceptsFilled(results: Result[], structure: PageStructure): void {
  expect(results.filter((r) => ['not-filled', 'ambiguous', 'not-found'].includes(r.status))).toEqual([]);
  for (const control of structure.controls) {
    const concept = control.recognised ?? '';
    const fill = FILL_BY_CONCEPT.get(concept);
    if (!fill || fill === 'user') continue;
    // A spare period row the ledger has no value for is left empty and says so, as is another month's Locum A row.
    const allowed =
      fill === 'portal' || control.readOnly ? ['matches', 'differs'] : ['filled', ...(REPEATED.has(concept) ? ['left-alone'] : [])];
    // A year list beside the month list is read with it as one month and year.
    const statuses = results
      .filter((r) => r.concept === concept || (concept === 'formYear' && r.concept === 'formMonth'))
      .map((r) => r.status);
    expect(statuses, concept).not.toEqual([]);
    for (const status of statuses) expect(allowed, concept).toContain(status);
  }
}

const REPEATED = new Set(['periodFirstDay', 'periodLastDay', 'includeLocumA']);

const TEXTS: Record<string, string> = {
  practiceCode: 'Y99901',
  fee: FEE,
  invoiceReference: 'INV-0302',
  formYear: '2026',
  boxC: '0.00',
  boxD: '0.00',
  boxE: '0.00',
  boxF: '0.00',
};
const DATES: Record<string, string> = { periodFirstDay: '02/03/2026', periodLastDay: '03/03/2026', datePaid: '10/03/2026' };
const PARTS = ['day', 'month', 'year'];

type Shown = { index: number; value: string; checked: boolean; selected: string };

/** What a control should show after Fill, in the page's own format; undefined for what the portal calculates. */
function expectedShown(control: StructureControl, row: number, shown: Shown): string | undefined {
  const concept = control.recognised ?? '';
  const label = control.label ?? control.ariaLabel ?? '';
  const part = PARTS.indexOf(label.toLowerCase());
  const tick = (yes: boolean) => (yes ? 'ticked' : 'clear');
  if (concept in TEXTS) return TEXTS[concept];
  if (concept in DATES) return row > 0 ? '' : part < 0 ? DATES[concept] : String(Number(DATES[concept]!.split('/')[part]));
  if (concept === 'workType') return control.tag === 'select' ? 'GP practice locum work' : tick(/GP practice/.test(label));
  if (concept === 'tier') return control.tag === 'select' ? `${TIER}%` : tick(label === `${TIER}%`);
  if (concept === 'formMonth')
    return control.tag === 'select' ? (control.options?.includes('March') ? 'March' : 'March 2026') : part === 1 ? '3' : '2026';
  if (concept === 'includeLocumA') return `${shown.value}: ${tick(shown.value === REFERENCE)}`;
  if (concept === 'declaration') return 'clear';
  return undefined;
}

/** The generated page's values after Fill, control by control (`data-control` is the control's index in the file). */
async function expectPageValues(page: Page, structure: PageStructure): Promise<void> {
  const shown: Shown[] = await page.locator('[data-control]').evaluateAll((elements) =>
    elements.map((element) => {
      const control = element as HTMLInputElement;
      return {
        index: Number(element.getAttribute('data-control')),
        value: control.value ?? '',
        checked: control.checked === true,
        selected: element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.text ?? '') : '',
      };
    }),
  );
  const rows = new Map<string, number>();
  const actual: string[] = [];
  const expected: string[] = [];
  structure.controls.forEach((control, index) => {
    const label = (control.label ?? control.ariaLabel ?? '').toLowerCase();
    const key = `${control.recognised}.${PARTS.includes(label) ? label : ''}`;
    const row = rows.get(key) ?? 0;
    rows.set(key, row + 1);
    for (const each of shown.filter((s) => s.index === index)) {
      const want = expectedShown(control, row, each);
      if (want === undefined) continue;
      const tickable = control.type === 'checkbox' || control.type === 'radio';
      const got =
        control.recognised === 'includeLocumA'
          ? `${each.value}: ${each.checked ? 'ticked' : 'clear'}`
          : tickable
            ? each.checked
              ? 'ticked'
              : 'clear'
            : control.tag === 'select'
              ? each.selected
              : each.value;
      actual.push(`${index} ${control.recognised}: ${got}`);
      expected.push(`${index} ${control.recognised}: ${want}`);
    }
  });
  expect(actual).toEqual(expected);
}

/** The locum's own part, ticking the declaration and submitting: the replica's rules must accept what Fill entered. */
async function expectSubmitted(page: Page, structure: PageStructure): Promise<void> {
  const declaration = structure.controls.findIndex((c) => c.recognised === 'declaration');
  await page.locator(`[data-control="${declaration}"]`).check();
  await submit(page);
  await expect(page).toHaveURL(/\/Submitted\//);
  const state = await (await page.request.get('/__replica/state')).json();
  const asksTier = structure.controls.some((c) => c.recognised === 'tier');
  if (structure.pageKind === 'locumAForm') {
    const { ods, workType, periods, fee, datePaid, invoiceRef } = APPROVED_LOCUM_A;
    expect(state.locumAs.find((a: { ref: string }) => a.ref === REFERENCE)).toMatchObject({
      ods,
      workType,
      periods,
      fee,
      datePaid,
      invoiceRef,
      tier: asksTier ? TIER : '',
    });
  } else {
    expect(state.locumBs.find((b: { month: string }) => b.month === '2026-03')).toMatchObject({
      locumARefs: [REFERENCE],
      tier: asksTier ? TIER : null,
    });
  }
}

const pairs = (results: Result[]) => results.map((r) => `${r.concept ?? r.name}: ${r.status}`).sort();

test.beforeAll(() => {
  for (const { file, name } of files)
    execFileSync(process.execPath, ['scripts/replica-from-structure.mjs', path.join(DIR, file), '--name', name]);
});

for (const { name, structure } of files.filter((f) => FORMS.includes(f.structure.pageKind))) {
  const original = VARIANTS.find((variant) => name.startsWith(`${variant}-`));
  test(`${name}: the generated page is filled from the ledger${original ? `, as the ${original} variant is` : ''}`, async ({
    context,
    extensionId,
    page,
  }) => {
    test.setTimeout(90_000);
    const results = await fillOn(context, extensionId, page, name, structure.pageKind);
    expectLedgerConceptsFilled(results, structure);
    await expectPageValues(page, structure);
    await expectSubmitted(page, structure);
    if (original) expect(pairs(results)).toEqual(pairs(await fillOn(context, extensionId, page, original, structure.pageKind)));
  });
}
