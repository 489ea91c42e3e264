import type { LedgerData, LedgerStoreName } from './schemas';

/** The fields of each kind of record that identify someone or something of the user's. */
const PRIVATE_FIELDS: Partial<Record<LedgerStoreName, readonly string[]>> = {
  profile: ['name', 'sdNumber', 'niNumber', 'gmcNumber', 'email', 'dateOfBirth'],
  practices: ['name', 'odsCode', 'address', 'email', 'approverContact'],
  invoices: ['reference'],
  submissions: ['formReference', 'paymentReference'],
  receipts: ['reference', 'paymentReference'],
  practiceInvoices: ['locumName', 'gmcNumber', 'reference'],
};

const RECORD_STORES_WITH_PRIVATE_FIELDS = ['practices', 'invoices', 'submissions', 'receipts', 'practiceInvoices'] as const;

/** The private text fields of a record, read defensively: a record set aside may be any shape. */
function privateFieldsOf(store: LedgerStoreName, record: unknown): string[] {
  if (typeof record !== 'object' || record === null) return [];
  const fields = record as Record<string, unknown>;
  return (PRIVATE_FIELDS[store] ?? []).map((field) => fields[field]).filter((value): value is string => typeof value === 'string');
}

/** "Dr Priya Raman-Holt" → "Priya", "Raman-Holt": a page may show either name alone. */
function namesIn(fullName: string): string[] {
  return fullName.replace(/^(dr|mr|mrs|ms|miss|prof)\.?\s+/i, '').split(/\s+/);
}

/**
 * Every string in the ledger that identifies someone or something of the user's: what a shared page structure must
 * never contain, even where the page showed it in a heading or a label. Records set aside count too: they are still
 * the user's.
 */
export function privateStrings(ledger: LedgerData): string[] {
  const records: [LedgerStoreName, unknown][] = [
    ['profile', ledger.profile],
    ...RECORD_STORES_WITH_PRIVATE_FIELDS.flatMap((store) =>
      (ledger[store] ?? []).map((record): [LedgerStoreName, unknown] => [store, record]),
    ),
    ...(ledger.setAside ?? []).map((record): [LedgerStoreName, unknown] => [record.store, record.value]),
  ];
  return records
    .flatMap(([store, record]) => {
      const name = store === 'profile' ? (record as { name?: unknown } | null)?.name : undefined;
      return typeof name === 'string' ? [...privateFieldsOf(store, record), ...namesIn(name)] : privateFieldsOf(store, record);
    })
    .filter((value) => value.trim().length >= 3);
}
