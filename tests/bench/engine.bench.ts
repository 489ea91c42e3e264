import { bench, describe } from 'vitest';
import { monthlyForms, type MonthForms } from '../../lib/ledger/forms';
import type { LedgerData } from '../../lib/ledger/schemas';
import { checkForms } from '../../lib/pension';
import { benchLedger } from '../fixtures/bench-ledger';

/** After the generated ledger's last payment, so every month has its Form As and Form B. */
const TODAY = '2026-04-30';

/** The seeded ledger, each month's Form B sent on its deadline: every month is checked as of the day it reached PCSE, as a real ledger's are. */
function ledgerOf(size: number): LedgerData {
  const ledger = benchLedger(size);
  const submissions = monthlyForms(ledger, TODAY).map(({ month, formB }, i): LedgerData['submissions'][number] => {
    const sentAt = `${formB.deadline}T09:00:00Z`;
    return { id: `b-${i + 1}`, kind: 'B', month, status: 'submitted', filled: {}, amounts: {}, createdAt: sentAt, updatedAt: sentAt, submittedAt: sentAt };
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

describe('engine: every Form A, Form B and finding', () => {
  for (const size of [300, 3_000, 30_000]) {
    const ledger = ledgerOf(size);
    // Medians of warm runs: the first few runs of a size measure the JIT compiler, not the engine.
    bench(`${size} sessions`, () => {
      monthlyForms(ledger, TODAY);
    }, { iterations: size > 3_000 ? 10 : 50, warmupIterations: 5 });
  }
  const ledger = ledgerOf(3_000);
  bench('baseline: findings per session, 3000 sessions', () => {
    findingsPerSession(ledger, monthlyForms(ledger, TODAY));
  }, { iterations: 5, warmupIterations: 1 });
});
