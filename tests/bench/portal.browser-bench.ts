import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { runnerImport } from 'vite';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { extensionTest as test } from '../e2e/fixtures';
import { startReplica } from '../replica/server.mjs';
import { naiveFill, type NaiveStep } from './naive-filler';
import { median, rowOf, runs, writePart, type BenchRow } from './rows';

/**
 * The portal assistant's figures (issue 6), written to bench/parts/portal.json for the bench table (budgets by id in
 * budgets.json):
 * detection, the fill of a 20-period Locum A (our script time, the page's own handler time, the total to a verified
 * form against a naive filler), the content script's size, and the user's work for the demo ledger's busiest month.
 */
const RUNS = runs(11);
/** A person reads the panel before pressing Fill: by then the page has finished loading, parsing and compiling. */
const SETTLE_MS = 500;
const TODAY = '2026-03-20';
const PERIODS = 20;

const rows: BenchRow[] = [];

/** One Riverside invoice of 20 separate days: 20 date periods on one Locum A. */
function twentyPeriodLedger() {
  const practice = { id: 'riverside', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };
  const dates = Array.from({ length: PERIODS }, (_, i) => new Date(Date.UTC(2026, 0, 5 + 2 * i)).toISOString().slice(0, 10));
  const sessions = dates.map((dateWorked, i) => ({
    id: `s${i}`,
    dateWorked,
    practiceId: practice.id,
    feePence: 50_000,
    workType: 'practice',
    invoiceId: 'inv',
    pensioned: true,
    notes: '',
  }));
  const invoice = { id: 'inv', practiceId: practice.id, reference: 'INV-20', sessionIds: sessions.map((s) => s.id), paidOn: '2026-03-10' };
  return {
    ledger: {
      profile: null,
      practices: [practice],
      sessions,
      invoices: [invoice],
      submissions: [],
      receipts: [],
      settings: { notifications: true },
    },
    dates,
  };
}

/** The same Locum A as the naive filler sees it on the govuk variant: each box found by its label (and legend). */
function naiveSteps(dates: string[]): NaiveStep[] {
  const date = (legend: string, iso: string, nth: number): NaiveStep[] => {
    const [year, month, day] = iso.split('-');
    return [
      { legend, label: 'Day', nth, value: String(Number(day)) },
      { legend, label: 'Month', nth, value: String(Number(month)) },
      { legend, label: 'Year', nth, value: year! },
    ];
  };
  return [
    { label: 'Practice code (ODS code)', nth: 0, value: 'Y99901' },
    { label: 'GP practice locum work', nth: 0, value: 'practice', radio: true },
    ...dates.flatMap((iso, i) => [...date('First day worked', iso, i), ...date('Last day worked', iso, i)]),
    { label: 'Locum fee, excluding employer contributions (£)', nth: 0, value: '10000.00' },
    ...date('Date paid', '2026-03-10', 0),
    { label: 'Invoice reference (optional)', nth: 0, value: 'INV-20' },
  ];
}

async function latest(page: Page, name: string): Promise<number> {
  // Polled on a timer: a tab in the background gets no animation frames, Playwright's default.
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { polling: 20 });
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, name);
}

async function loadLedger(context: BrowserContext, extensionId: string, ledger: unknown): Promise<void> {
  const extension = await context.newPage();
  await extension.goto(`chrome-extension://${extensionId}/dashboard.html`);
  for (const message of [
    { type: 'ledger/replace', data: ledger },
    { type: 'test/set-today', today: TODAY },
  ]) {
    const reply = await extension.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
    if (!reply?.ok) throw new Error(`${message.type}: ${reply?.error}`);
  }
  await extension.close();
}

async function logIn(page: Page, url: string): Promise<void> {
  await page.bringToFront();
  await page.goto(`${url}/AccountPortal/Account/Login`);
  await page.locator('#PlaceHolderMain_signInControl_UserName').fill('alex.morgan@example.test');
  await page.locator('#PlaceHolderMain_signInControl_password').fill('demo-password');
  await page.locator('#PlaceHolderMain_signInControl_login').click();
  await page.locator('#Organisation-button').click();
  await page.locator('#Organisation-menu li').nth(1).click();
  await page.locator('input[type=button][value="Continue"]').click();
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Locum Ledger' });

test('portal assistant: detection, fill and verify of 20 periods against a naive filler, content-script size', async ({
  page,
  context,
  extensionId,
}) => {
  const replica = await startReplica({ port: 0, variant: 'govuk', today: TODAY });
  try {
    const { ledger, dates } = twentyPeriodLedger();
    await loadLedger(context, extensionId, ledger);
    await logIn(page, replica.url);
    const detect: number[] = [];
    const script: number[] = [];
    const handlers: number[] = [];
    const total: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${replica.url}/GPP/Locum/LocumA/Create`);
      detect.push(await latest(page, 'locum-ledger:detect'));
      await page.waitForTimeout(SETTLE_MS);
      await panel(page).getByRole('button', { name: 'Fill', exact: true }).click();
      total.push(await latest(page, 'locum-ledger:fill-total'));
      script.push(await latest(page, 'locum-ledger:fill-script'));
      handlers.push(await latest(page, 'locum-ledger:fill-page-handlers'));
      const periods = await page.locator('.govuk-period').count();
      const filled = await panel(page).locator('.result[data-status=filled]').count();
      // Practice code, type of work, 20 first and 20 last days, fee, date paid, invoice reference.
      if (periods !== PERIODS || filled !== 2 * PERIODS + 5)
        throw new Error(`after Fill: ${periods} period rows, ${filled} fields filled and verified`);
    }
    const steps = naiveSteps(dates);
    const naive: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${replica.url}/GPP/Locum/LocumA/Create`);
      await latest(page, 'locum-ledger:detect');
      await page.waitForTimeout(SETTLE_MS);
      const result = await page.evaluate(naiveFill, { steps, rows: PERIODS, addLabel: 'Add another period' });
      if (result.filled !== steps.length) throw new Error(`the naive filler missed ${result.wrong.join(', ')}`);
      naive.push(result.totalMs);
    }
    const bundle = readFileSync('.output/chrome-mv3-test/content-scripts/pcse.js');
    const size = gzipSync(bundle).length / 1024;
    rows.push(
      rowOf('detect', 'Detect the page kind, replica Locum A page', 'ms', detect),
      rowOf(
        'fill-script',
        `Fill and verify a Locum A of ${PERIODS} periods: our script (less one-tick waits and the page's own handlers)`,
        'ms',
        script,
      ),
      rowOf(
        'fill-page-handlers',
        `Fill of ${PERIODS} periods: time inside the page's own handlers (its "Add another period" focuses each new row)`,
        'ms',
        handlers,
      ),
      rowOf('fill-total', `Fill and verify a Locum A of ${PERIODS} periods: total to a verified form`, 'ms', total, {
        name: `naive filler, every label searched per field, one field per 20 ms tick (${steps.length} fields)`,
        median: median(naive),
      }),
      rowOf('content-script-gz', 'Content script, gzipped', 'KB', [size]),
    );
    console.log(
      `naive filler total: median ${median(naive).toFixed(0)} ms (${Math.min(...naive).toFixed(0)}–${Math.max(...naive).toFixed(0)}), ${(median(naive) / median(total)).toFixed(1)}× the assistant's total`,
    );
  } finally {
    await replica.close();
  }
});

type Snapshot = Record<string, { kind: 'text' | 'choice'; value: string }>;

/** Every box a person could type into or choose on the page (the panel lives in a closed shadow root, out of reach). */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const result: Snapshot = {};
    document
      .querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')
      .forEach((control, i) => {
        if (control instanceof HTMLInputElement && ['hidden', 'submit', 'button', 'image', 'reset', 'file'].includes(control.type)) return;
        const key = `${control.id || control.name}#${i}`;
        if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
          result[key] = { kind: 'choice', value: control.checked ? 'ticked' : '' };
        else result[key] = { kind: control instanceof HTMLSelectElement ? 'choice' : 'text', value: control.value };
      });
    return result;
  });
}

/** What the assistant changed on the page, as a person would have to do it: characters typed, and one Tab or choice per box. */
function handWork(before: Snapshot, after: Snapshot): { keystrokes: number; visits: number } {
  let keystrokes = 0;
  let visits = 0;
  for (const [key, now] of Object.entries(after)) {
    if (before[key]?.value === now.value || now.value === '') continue;
    visits += 1;
    keystrokes += (now.kind === 'text' ? now.value.length : 0) + 1;
  }
  return { keystrokes, visits };
}

/**
 * The user's work for the demo ledger's busiest month, counted from an end-to-end run: each Locum A of the month and
 * then its Locum B is filled on the replica with the panel, counting the clicks made (choosing the entry in the panel,
 * two clicks when it was not already chosen; Fill), against what the assistant put into the page's boxes. The ledger's
 * submission history is left out, so every form is filled fresh and the Locum B's rows are found by practice and
 * first day; the replica has the month's Locum As approved, as they would be by then. Submit and the declaration are
 * the user's in both cases and are not counted.
 */
test("user's work for the demo ledger's busiest month: by hand against with the assistant", async ({ page, context, extensionId }) => {
  const ledger = { ...demoLedger(TODAY), submissions: [] };
  // The ledger's own code imports JSON data files, which only Vite's loader (not Playwright's) reads as modules.
  const load = <T>(path: string) => runnerImport<T>(fileURLToPath(new URL(path, import.meta.url))).then((loaded) => loaded.module);
  const { monthlyForms } = await load<typeof import('../../lib/ledger/forms')>('../../lib/ledger/forms.ts');
  const { formatMonth } = await load<typeof import('../../lib/pension')>('../../lib/pension/index.ts');
  const months = monthlyForms(ledger as Parameters<typeof monthlyForms>[0], TODAY);
  const busiest = [...months].sort(
    (x, y) =>
      y.formsA.length - x.formsA.length ||
      y.formsA.flatMap((a) => a.formA.periods).length - x.formsA.flatMap((a) => a.formA.periods).length,
  )[0]!;
  const replica = await startReplica({ port: 0, variant: 'govuk', today: TODAY });
  try {
    const approvedLocumAs = busiest.formsA.map(({ invoice, practice, formA }) => ({
      ods: practice.odsCode,
      workType: formA.workType === 'appraisal' ? 'appraisal' : 'practice',
      periods: formA.periods.map((p) => ({ first: p.from, last: p.to })),
      fee: (formA.box1 / 100).toFixed(2),
      datePaid: formA.paidOn,
      invoiceRef: invoice.reference,
    }));
    const reset = await page.request.post(`${replica.url}/__replica/reset`, { data: { variant: 'govuk', today: TODAY, approvedLocumAs } });
    if (!reset.ok()) throw new Error(`replica reset: ${await reset.text()}`);
    await loadLedger(context, extensionId, ledger);
    await logIn(page, replica.url);
    let clicks = 0;
    let keystrokes = 0;
    let visits = 0;
    const forms: string[] = [];
    const fillWith = async (path: string, choice: string, label: string) => {
      await page.goto(`${replica.url}${path}`);
      const select = panel(page).getByLabel(label);
      await select.waitFor();
      if ((await select.inputValue()) !== choice) {
        await select.selectOption(choice);
        clicks += 2;
      }
      const before = await snapshot(page);
      await panel(page).getByRole('button', { name: 'Fill', exact: true }).click();
      clicks += 1;
      await panel(page).getByRole('status').filter({ hasText: 'verified' }).waitFor();
      const work = handWork(before, await snapshot(page));
      keystrokes += work.keystrokes;
      visits += work.visits;
      const verified = await panel(page).locator('.result[data-status=filled]').count();
      forms.push(`${choice}: ${verified} fields filled and verified, ${work.visits} boxes, ${work.keystrokes} keystrokes by hand`);
    };
    for (const { invoice } of busiest.formsA) await fillWith('/GPP/Locum/LocumA/Create', invoice.id, 'Fill from invoice');
    await fillWith('/GPP/Locum/LocumB/Create', busiest.month, 'Fill for month');
    const name = `User actions for the busiest month (${formatMonth(busiest.month)}: ${busiest.formsA.length} Locum As and 1 Locum B), clicks with the assistant`;
    rows.push(
      rowOf('user-actions', name, 'actions', [clicks], {
        name: `by hand, ${keystrokes} keystrokes + ${visits} field visits`,
        median: keystrokes + visits,
      }),
    );
    console.log(`${name}: ${clicks}; by hand ${keystrokes} keystrokes and ${visits} field visits\n  ${forms.join('\n  ')}`);
  } finally {
    await replica.close();
  }
});

test.afterAll(() => {
  // Written only when both tests measured: a part with rows missing would look complete to the bench table.
  if (rows.length < 6) return;
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        r.id,
        {
          median: r.median.toFixed(1),
          'min–max': `${r.min.toFixed(1)}–${r.max.toFixed(1)}`,
          unit: r.unit,
          baseline: r.baseline ? r.baseline.median.toFixed(0) : '',
        },
      ]),
    ),
  );
  writePart('portal', rows);
});
