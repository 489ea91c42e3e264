import type { MonthForms } from './forms';
import type { LedgerData, Receipt, StatementFigures, Submission } from './schemas';
import type { MonthFigures, StatementMonth, StatementReceipt } from './year-statement-types';
import { SENT } from './forms';
import { statementDifferences, type StatementDifference } from './year-statement-differences';
import { summariseFindings, type FindingSummary } from './year-statement-findings';

/*
 * One scheme year as the locum's own statement: the figures PCSE never sends them (year-end.md §4: "We have asked
 * for monthly receipts and an annual summary"), and where their PCSE or Total Reward Statement disagrees with them.
 */

export type YearStatementModel = {
  schemeYear: string;
  identity: { name: string; sdNumber: string; niNumber: string; gmcNumber: string };
  months: StatementMonth[];
  totals: MonthFigures;
  differences: StatementDifference[];
  findings: FindingSummary[];
};

/** The twelve months of a scheme year written 2025/26: April 2025 to March 2026. */
export function schemeYearMonths(schemeYear: string): string[] {
  const start = Number(schemeYear.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => {
    const year = i < 9 ? start : start + 1;
    return `${year}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`;
  });
}

/** The month's Locum B as sent: the paid one when there is one, else any that reached PCSE. */
function sentFormB(submissions: Submission[], month: string): Submission | undefined {
  const formsB = submissions.filter((s) => s.kind === 'B' && s.month === month && SENT.has(s.status));
  return formsB.find((s) => s.status === 'paid') ?? formsB[0];
}

/** Receipts for the month's Locum B: linked to it, or quoting its payment reference (PCSE adds a -NN suffix). */
function receiptsFor(receipts: Receipt[], formB: Submission | undefined, upr: string): StatementReceipt[] {
  return receipts
    .filter(
      (r) =>
        (formB && r.submissionId === formB.id) ||
        (upr !== '' && (r.paymentReference?.startsWith(upr) || r.bacsReference === upr || r.reference.startsWith(upr))),
    )
    .sort((x, y) => x.date.localeCompare(y.date))
    .map(({ reference, amountPence, date, capturedAt }) => ({ reference, amountPence, date, ...(capturedAt ? { capturedAt } : {}) }));
}

function formReferencesOf(submissions: Submission[], forms: MonthForms | undefined): string[] {
  const invoices = new Set(forms?.formsA.map(({ invoice }) => invoice.id) ?? []);
  return submissions.flatMap((s) =>
    s.kind === 'A' && s.invoiceId && invoices.has(s.invoiceId) && s.formReference ? [s.formReference] : [],
  );
}

function statementMonth(ledger: LedgerData, month: string, forms: MonthForms | undefined): StatementMonth {
  const formB = sentFormB(ledger.submissions, month);
  const upr = forms?.formB.paymentReference ?? '';
  const receipts = receiptsFor(ledger.receipts, formB, upr);
  const paidOn = receipts[0]?.date ?? (formB?.status === 'paid' ? formB.submittedAt?.slice(0, 10) : undefined);
  const b = forms?.formB;
  return {
    month,
    figures: b ? { pensionablePence: b.a, employeePence: b.g, employerPence: b.h, totalPence: b.i } : null,
    ...(forms ? { ratePercent: forms.ratePercent } : {}),
    paymentReference: formB?.paymentReference ?? upr,
    formReferences: formReferencesOf(ledger.submissions, forms),
    ...(paidOn ? { paidOn } : {}),
    receipts,
  };
}

function totalOf(months: StatementMonth[]): MonthFigures {
  const sum = (key: keyof MonthFigures) => months.reduce((total, m) => total + (m.figures?.[key] ?? 0), 0);
  return {
    pensionablePence: sum('pensionablePence'),
    employeePence: sum('employeePence'),
    employerPence: sum('employerPence'),
    totalPence: sum('totalPence'),
  };
}

/** The statement of one scheme year from the ledger and that year's months of forms (`monthlyForms`). */
export function yearStatement(ledger: LedgerData, schemeYear: string, inYear: MonthForms[]): YearStatementModel {
  const byMonth = new Map(inYear.map((m) => [m.month, m]));
  const months = schemeYearMonths(schemeYear).map((month) => statementMonth(ledger, month, byMonth.get(month)));
  const totals = totalOf(months);
  const recorded: StatementFigures | undefined = ledger.settings.statementFigures?.[schemeYear];
  const { profile } = ledger;
  return {
    schemeYear,
    identity: {
      name: profile?.name ?? '',
      sdNumber: profile?.sdNumber ?? '',
      niNumber: profile?.niNumber ?? '',
      gmcNumber: profile?.gmcNumber ?? '',
    },
    months,
    totals,
    differences: recorded ? statementDifferences(months, totals, recorded, schemeYear) : [],
    findings: summariseFindings(inYear.flatMap((m) => m.findings)),
  };
}
