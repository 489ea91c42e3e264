import type * as z from 'zod/mini';
import { findRatePeriod, type LocumA, type LocumB, type RatePeriod } from '../pension';
import type { ConfirmationMessage, ListStatusMessage } from '../portal/messages';
import { bacsReferenceOf } from '../portal/read/reference-shapes';
import { formsAOf, monthlyForms, rateBookOf } from '../ledger/forms';
import type { LedgerData, Receipt, Submission } from '../ledger/schemas';

type Confirmation = z.infer<typeof ConfirmationMessage>;
type ListStatus = z.infer<typeof ListStatusMessage>;
type Clock = { today: string; now: string; newId: () => string };
/**
 * Per tab, lost if the worker restarts: which draft it filled last, so a confirmation is linked to the form that tab
 * submitted; and the forms last offered to it, so recording a fill need not build every month's forms again. A
 * context without `offeredInTab` remembers no offers, and each fill builds its form from the ledger.
 */
export type PortalContext = Clock & { tabId?: number; filledInTab: Map<number, string>; offeredInTab?: Map<number, OfferedForms> };

/** The month and amounts a Locum A or B carries, in pence, and the rates they come from, kept with the submission for the record. */
export type FormAmounts = {
  month: string;
  amounts: Record<string, number>;
  builtOn?: { schemeYear: string; status: RatePeriod['status'] };
};
/** The forms a tab was offered, of one kind, by choice key. */
export type OfferedForms = { kind: 'A' | 'B'; forms: Map<string, FormAmounts> };

const builtOn = ({ schemeYear, status }: RatePeriod) => ({ schemeYear, status });

export function locumAAmounts(formA: LocumA, period: RatePeriod): FormAmounts {
  return { month: formA.month, amounts: { box1: formA.box1, box2: formA.box2, box3: formA.box3 }, builtOn: builtOn(period) };
}

export function locumBAmounts(month: string, formB: LocumB, period: RatePeriod): FormAmounts {
  return {
    month,
    builtOn: builtOn(period),
    amounts: Object.fromEntries((['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const).map((box) => [box, formB[box]])),
  };
}

/** Built from the ledger, for a tab whose offer the worker has forgotten. */
function amountsFor(ledger: LedgerData, kind: 'A' | 'B', key: string, today: string): FormAmounts {
  if (kind === 'A') {
    const entry = formsAOf(ledger).find((e) => e.invoice.id === key);
    const period = entry && findRatePeriod(`${entry.formA.month}-01`, rateBookOf(ledger));
    return entry && period ? locumAAmounts(entry.formA, period) : { month: today.slice(0, 7), amounts: {} };
  }
  const month = monthlyForms(ledger, today, new Set([key]))[0];
  return month ? locumBAmounts(key, month.formB, month.ratePeriod) : { month: key, amounts: {} };
}

/** Remembers what this tab was offered, for draftFor. */
export function rememberOffer(context: PortalContext, offered: OfferedForms): void {
  if (context.tabId !== undefined) context.offeredInTab?.set(context.tabId, offered);
}

/** What this tab was offered for that form: the amounts it filled in, even if the ledger has changed since. */
function offeredAmounts(context: PortalContext, kind: 'A' | 'B', key: string): FormAmounts | undefined {
  const offered = context.tabId === undefined ? undefined : context.offeredInTab?.get(context.tabId);
  return offered?.kind === kind ? offered.forms.get(key) : undefined;
}

/** A filled form, kept as a draft the moment it is filled: a session timeout before Submit loses nothing. */
export function draftFor(
  ledger: LedgerData,
  kind: 'A' | 'B',
  key: string,
  filled: Record<string, string>,
  clock: PortalContext,
): Submission {
  const existing = ledger.submissions.find(
    (s) => s.status === 'drafted' && s.kind === kind && (kind === 'A' ? s.invoiceId === key : s.month === key),
  );
  const { month, amounts, builtOn } = offeredAmounts(clock, kind, key) ?? amountsFor(ledger, kind, key, clock.today);
  return {
    ...(existing ?? { id: clock.newId(), createdAt: clock.now }),
    kind,
    month,
    ...(kind === 'A' ? { invoiceId: key } : {}),
    status: 'drafted',
    filled,
    amounts,
    ...(builtOn ? { builtOn } : {}),
    updatedAt: clock.now,
  };
}

/** The draft a confirmation belongs to: the one this tab filled, else the most recently filled one of that kind. */
function draftOf(ledger: LedgerData, kind: 'A' | 'B', context: PortalContext): Submission | undefined {
  const drafts = ledger.submissions.filter((s) => s.kind === kind && s.status === 'drafted');
  const filledHere = context.tabId === undefined ? undefined : context.filledInTab.get(context.tabId);
  return drafts.find((s) => s.id === filledHere) ?? drafts.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))[0];
}

export function alreadyKept(ledger: LedgerData, confirmation: Confirmation): Receipt | undefined {
  const reference = confirmation.formReference ?? confirmation.paymentReference;
  return ledger.receipts.find(
    (r) => r.reference === reference || (confirmation.paymentReference && r.paymentReference === confirmation.paymentReference),
  );
}

/** The submission, now sent, and its receipt: references, amount and the page's text as evidence. */
export function receiptFor(
  ledger: LedgerData,
  confirmation: Confirmation,
  pageUrl: string,
  clock: PortalContext,
): { submission: Submission; receipt: Receipt } {
  const kind = confirmation.kind ?? (confirmation.paymentReference ? 'B' : 'A');
  const draft = draftOf(ledger, kind, clock);
  const submission: Submission = {
    ...(draft ?? { id: clock.newId(), kind, month: clock.today.slice(0, 7), filled: {}, amounts: {}, createdAt: clock.now }),
    status: 'submitted',
    ...(confirmation.formReference ? { formReference: confirmation.formReference } : {}),
    ...(confirmation.paymentReference ? { paymentReference: confirmation.paymentReference } : {}),
    evidence: confirmation.evidence,
    submittedAt: clock.now,
    updatedAt: clock.now,
  };
  const amountPence = confirmation.amountPence ?? submission.amounts[kind === 'A' ? 'box1' : 'i'] ?? 0;
  const receipt: Receipt = {
    id: clock.newId(),
    reference: confirmation.formReference ?? confirmation.paymentReference ?? '',
    ...(confirmation.paymentReference
      ? { paymentReference: confirmation.paymentReference, bacsReference: bacsReferenceOf(confirmation.paymentReference) }
      : {}),
    amountPence,
    date: clock.today,
    capturedAt: clock.now,
    source: confirmation.manual ? 'manual' : 'page',
    pageUrl,
    submissionId: submission.id,
    evidence: confirmation.evidence,
  };
  return { submission, receipt };
}

/** Submissions whose status on a PCSE list page differs from the ledger's, updated; the rest untouched. */
export function applyStatuses(ledger: LedgerData, statuses: ListStatus[], now: string): Submission[] {
  return statuses.flatMap((status) => {
    const submission = ledger.submissions.find((s) => s.formReference === status.reference || s.paymentReference === status.reference);
    if (!submission || (submission.status === status.status && submission.rejectionReason === status.reason)) return [];
    return [{ ...submission, status: status.status, ...(status.reason ? { rejectionReason: status.reason } : {}), updatedAt: now }];
  });
}
