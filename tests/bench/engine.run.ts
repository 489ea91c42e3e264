// The engine's figures for `npm run bench`, in Node: every Form A, Form B and finding of a seeded ledger at 300, 3,000
// and 30,000 sessions, the growth from 3,000 to 30,000, and the per-session baseline. Run by scripts/bench.mjs.
import { monthlyForms, type MonthForms } from '../../lib/ledger/forms';
import type { LedgerData } from '../../lib/ledger/schemas';
import { checkForms } from '../../lib/pension';
import { benchLedger } from '../fixtures/bench-ledger';
import { median, rowOf, runs, writePart, type BenchRow } from './rows';

/** After the generated ledger's last payment, so every month has its Form As and Form B. */
const TODAY = '2026-04-30';

/** The seeded ledger, each month's Form B sent on its deadline: every month is checked as of the day it reached PCSE, as a real ledger's are. */
function ledgerOf(size: number): LedgerData {
  const ledger = benchLedger(size);
  const submissions = monthlyForms(ledger, TODAY).map(({ month, formB }, i): LedgerData['submissions'][number] => {
    const sentAt = `${formB.deadline}T09:00:00Z`;
    return {
      id: `b-${i + 1}`,
      kind: 'B',
      month,
      status: 'submitted',
      filled: {},
      amounts: {},
      createdAt: sentAt,
      updatedAt: sentAt,
      submittedAt: sentAt,
    };
  });
  return { ...ledger, submissions };
}

/**
 * The engine baseline of issue 6: the same months, but each session's month checked again for that session,
 * as a naive loop would. Its cost grows with data × month size; the engine's grows with the data alone.
 */
function findingsPerSession(ledger: LedgerData, months: MonthForms[]): number {
  const monthOfInvoice = new Map(months.flatMap((month) => month.formsA.map(({ invoice }) => [invoice.id, month] as const)));
  let findings = 0;
  for (const session of ledger.sessions) {
    const month = session.invoiceId === undefined ? undefined : monthOfInvoice.get(session.invoiceId);
    if (!month) continue;
    findings += checkForms({
      formsA: month.formsA.map(({ formA }) => formA),
      formB: month.formB,
      receivedOn: month.formB.deadline,
      chosenRatePercent: month.ratePercent,
      advisedRatePercent: month.advice.ratePercent,
    }).length;
  }
  return findings;
}

/** Milliseconds of each of `count` warm runs; the first runs of a size measure the JIT compiler, not the engine. */
function timed(work: () => unknown, count: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) work();
  return Array.from({ length: count }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

const ledgers = new Map([300, 3_000, 30_000].map((size) => [size, ledgerOf(size)]));
const times = new Map(
  [...ledgers].map(([size, ledger]) => [size, timed(() => monthlyForms(ledger, TODAY), runs(size > 3_000 ? 15 : 51), 5)]),
);
const ledger3k = ledgers.get(3_000)!;
const baseline = timed(() => findingsPerSession(ledger3k, monthlyForms(ledger3k, TODAY)), runs(5), 1);
const label = (size: number) => size.toLocaleString('en-GB');

const rows: BenchRow[] = [300, 3_000, 30_000].map((size) =>
  rowOf(
    `engine-${size}`,
    `Engine: every Form A, Form B and finding, ${label(size)} sessions`,
    'ms',
    times.get(size)!,
    size === 3_000 ? { name: 'findings per session', median: median(baseline) } : undefined,
  ),
);
const growth = median(times.get(30_000)!) / median(times.get(3_000)!);
rows.push({
  id: 'engine-growth',
  metric: 'Engine growth: 30,000 sessions ÷ 3,000 sessions',
  unit: 'x',
  median: growth,
  min: growth,
  max: growth,
  runs: 1,
});
writePart('engine', rows);
for (const row of rows) console.log(`${row.metric}: median ${row.median.toFixed(2)} ${row.unit}`);
