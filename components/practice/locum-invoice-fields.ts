import { formatUkDate } from '@/lib/pension';
import { parsePounds, parseUkDate, type Parsed } from '@/lib/shared/parse-uk';
import { PracticeInvoice } from '@/lib/ledger/schemas';

/** A locum invoice as typed into the form: dates dd/mm/yyyy and the fee in pounds, exactly as the person wrote them. */
export type LocumInvoiceFields = {
  locumName: string;
  gmcNumber: string;
  firstDay: string;
  lastDay: string;
  fee: string;
  reference: string;
};

export const FIELD_LABEL: Record<keyof LocumInvoiceFields, string> = {
  locumName: 'Locum name',
  gmcNumber: 'GMC number',
  firstDay: 'First day',
  lastDay: 'Last day',
  fee: 'Fee (£)',
  reference: 'Invoice reference',
};

/** GMC reference numbers are seven digits; a typo here would show as a difference on every Locum A from that locum. */
const GMC_NUMBER = /^\d{7}$/;

export const BLANK_FIELDS: LocumInvoiceFields = { locumName: '', gmcNumber: '', firstDay: '', lastDay: '', fee: '', reference: '' };

/** Pence to the pounds a person would type back: 85050 → "850.50", with integer arithmetic so no float can shift a penny. */
function poundsText(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

export function fieldsOf(invoice: PracticeInvoice): LocumInvoiceFields {
  return {
    locumName: invoice.locumName,
    gmcNumber: invoice.gmcNumber,
    firstDay: formatUkDate(invoice.firstDay),
    lastDay: formatUkDate(invoice.lastDay),
    fee: poundsText(invoice.feePence),
    reference: invoice.reference,
  };
}

type Field = keyof LocumInvoiceFields;
/** At most one problem per field (the first found), listed in the order the fields stand on the form. */
export type FieldProblems = Partial<Record<Field, string>>;

export function problemList(problems: FieldProblems): string[] {
  return (Object.keys(FIELD_LABEL) as Field[]).flatMap((field) => (problems[field] ? [problems[field]] : []));
}

/** "Fee (£) is empty", "First day: "31/02/2026" is not a real date". */
const worded = (field: Field, reason: string) =>
  reason.startsWith('is ') ? `${FIELD_LABEL[field]} ${reason}` : `${FIELD_LABEL[field]}: ${reason}`;

function read<T>(field: Field, parsed: Parsed<T>, problems: FieldProblems): T | undefined {
  if (parsed.ok) return parsed.value;
  problems[field] ??= worded(field, parsed.reason);
  return undefined;
}

/** The schema names the fee feePence; the person typed it into "Fee (£)". */
function fieldOfRecordKey(key: PropertyKey | undefined): Field | undefined {
  if (key === 'feePence') return 'fee';
  return typeof key === 'string' && key in FIELD_LABEL ? (key as Field) : undefined;
}

export type ReadInvoice = { ok: true; invoice: PracticeInvoice } | { ok: false; problems: FieldProblems };

/**
 * What was typed, as a record the store will accept, or a problem for each bad field in the words of the form. The fee is
 * read to whole pence exactly (parsePounds), and the record is checked by the same Zod schema the background checks it with.
 */
export function readLocumInvoice(fields: LocumInvoiceFields, id: string): ReadInvoice {
  const problems: FieldProblems = {};
  const firstDay = read('firstDay', parseUkDate(fields.firstDay), problems);
  const lastDay = read('lastDay', parseUkDate(fields.lastDay), problems);
  const feePence = read('fee', parsePounds(fields.fee), problems);
  const gmcNumber = fields.gmcNumber.replace(/\s/g, '');
  if (gmcNumber !== '' && !GMC_NUMBER.test(gmcNumber))
    problems.gmcNumber = worded('gmcNumber', `"${fields.gmcNumber.trim()}" is not a GMC number, which is seven digits, like 1234567`);
  if (firstDay && lastDay && lastDay < firstDay)
    problems.lastDay = worded('lastDay', `${formatUkDate(lastDay)} is before the first day, ${formatUkDate(firstDay)}`);
  const checked = PracticeInvoice.safeParse({
    id,
    locumName: fields.locumName.trim(),
    gmcNumber,
    firstDay,
    lastDay,
    feePence,
    reference: fields.reference.trim(),
  });
  // Dates and fee that failed to parse are explained above already; ??= keeps those words rather than the schema's.
  for (const issue of checked.success ? [] : checked.error.issues) {
    const field = fieldOfRecordKey(issue.path[0]);
    if (field) problems[field] ??= worded(field, issue.message);
  }
  if (checked.success && problemList(problems).length === 0) return { ok: true, invoice: checked.data };
  // Only the id is left unchecked above, and the form makes it; the fallback is a safety net, not an expected message.
  return {
    ok: false,
    problems: problemList(problems).length > 0 ? problems : { locumName: 'The invoice could not be read; check each field.' },
  };
}
