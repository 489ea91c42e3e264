import type { LedgerData } from './schemas';

/** A Locum A sent to PCSE that still needs someone: awaiting the practice's approval, or rejected. */
export type WaitingLocumA = { reference: string; practiceName: string; status: 'submitted' | 'rejected'; since?: string; reason?: string };

/** Locum As awaiting approval or rejected, as the list page last showed them, oldest first. */
export function waitingLocumAs(ledger: LedgerData): WaitingLocumA[] {
  const invoices = new Map(ledger.invoices.map((invoice) => [invoice.id, invoice]));
  const practices = new Map(ledger.practices.map((practice) => [practice.id, practice.name]));
  return ledger.submissions
    .filter((s) => s.kind === 'A' && (s.status === 'submitted' || s.status === 'rejected'))
    .sort((x, y) => (x.submittedAt ?? x.updatedAt).localeCompare(y.submittedAt ?? y.updatedAt))
    .map((s) => ({
      reference: s.formReference ?? 'Locum A',
      practiceName: practices.get(invoices.get(s.invoiceId ?? '')?.practiceId ?? '') ?? 'a practice',
      status: s.status as WaitingLocumA['status'],
      ...(s.submittedAt ? { since: s.submittedAt.slice(0, 10) } : {}),
      ...(s.rejectionReason ? { reason: s.rejectionReason } : {}),
    }));
}
