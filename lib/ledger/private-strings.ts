import type { LedgerData } from './schemas';

/**
 * Every string in the ledger that identifies someone or something of the user's: what a shared page structure must
 * never contain, even where the page showed it in a heading or a label.
 */
export function privateStrings(ledger: LedgerData): string[] {
  const profile = ledger.profile;
  return [
    ...(profile ? [profile.name, profile.sdNumber, profile.niNumber, profile.gmcNumber, profile.email, profile.dateOfBirth ?? ''] : []),
    ...(profile?.name ? profile.name.replace(/^(dr|mr|mrs|ms|miss|prof)\.?\s+/i, '').split(/\s+/) : []),
    ...ledger.practices.flatMap((p) => [p.name, p.odsCode, p.address, p.email, p.approverContact]),
    ...ledger.invoices.map((i) => i.reference),
    ...ledger.submissions.flatMap((s) => [s.formReference ?? '', s.paymentReference ?? '']),
    ...ledger.receipts.flatMap((r) => [r.reference, r.paymentReference ?? '']),
    ...(ledger.practiceInvoices ?? []).flatMap((i) => [i.locumName, i.gmcNumber, i.reference]),
  ].filter((value) => value.trim().length >= 3);
}
