import type { PracticeInvoiceInput, PracticeMatch, ReviewedLocumA } from './approver-schemas';
import { formatUkDate } from '../shared/dates';
import { formatPence } from '../shared/money';

const digitsOf = (gmc: string | undefined) => (gmc ?? '').replace(/\D/g, '');
/** "Dr Alex Morgan" and "alex  morgan" are the same locum. */
const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^\s*dr\.?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

type Span = { first: string; last: string };

function span(reviewed: ReviewedLocumA): Span | undefined {
  if (reviewed.periods.length === 0) return undefined;
  const days = reviewed.periods.flatMap((p) => [p.from, p.to]).sort();
  return { first: days[0]!, last: days.at(-1)! };
}

/**
 * The practice's own invoice for this Locum A: ranked by GMC number, then overlapping dates, then the same dates, then the same fee.
 * An invoice with neither the GMC number nor any day in common is not this work, so null rather than a misleading comparison.
 * The invoice comes back as given, so the caller keeps its own fields (such as its reference).
 */
export function matchPracticeInvoice<Invoice extends PracticeInvoiceInput>(
  reviewed: ReviewedLocumA,
  invoices: readonly Invoice[],
): PracticeMatch<Invoice> | null {
  const days = span(reviewed);
  const gmc = digitsOf(reviewed.gmcNumber);
  const rank = (invoice: Invoice): number[] => {
    const sameGmc = gmc !== '' && gmc === digitsOf(invoice.gmcNumber);
    const overlaps = days !== undefined && invoice.firstDay <= days.last && days.first <= invoice.lastDay;
    const sameDays = days !== undefined && invoice.firstDay === days.first && invoice.lastDay === days.last;
    return [sameGmc ? 1 : 0, overlaps ? 1 : 0, sameDays ? 1 : 0, invoice.feePence === reviewed.feePence ? 1 : 0];
  };
  let best: { invoice: Invoice; rank: number[] } | undefined;
  for (const invoice of invoices) {
    const r = rank(invoice);
    if (r[0] === 0 && r[1] === 0) continue;
    if (!best || isBetter(r, best.rank)) best = { invoice, rank: r };
  }
  return best ? { invoice: best.invoice, differences: differences(reviewed, best.invoice, days) } : null;
}

function isBetter(x: number[], y: number[]): boolean {
  const i = x.findIndex((value, at) => value !== y[at]);
  return i >= 0 && x[i]! > y[i]!;
}

/** Each difference in plain English, the Locum A's figure first and the practice's second. */
function differences(reviewed: ReviewedLocumA, invoice: PracticeInvoiceInput, days: Span | undefined): string[] {
  const found: string[] = [];
  if (reviewed.feePence !== invoice.feePence)
    found.push(`Fee: Locum A ${formatPence(reviewed.feePence)}, your invoice ${formatPence(invoice.feePence)}`);
  const day = (iso: string | undefined) => (iso ? formatUkDate(iso) : 'not shown');
  if (days?.first !== invoice.firstDay)
    found.push(`First day worked: Locum A ${day(days?.first)}, your invoice ${formatUkDate(invoice.firstDay)}`);
  if (days?.last !== invoice.lastDay)
    found.push(`Last day worked: Locum A ${day(days?.last)}, your invoice ${formatUkDate(invoice.lastDay)}`);
  const theirGmc = digitsOf(invoice.gmcNumber);
  if (theirGmc !== '' && digitsOf(reviewed.gmcNumber) !== theirGmc) {
    found.push(`GMC number: Locum A ${reviewed.gmcNumber || 'not shown'}, your invoice ${invoice.gmcNumber}`);
  }
  if (reviewed.locumName && nameKey(reviewed.locumName) !== nameKey(invoice.locumName))
    found.push(`Locum name: Locum A ${reviewed.locumName}, your invoice ${invoice.locumName}`);
  return found;
}
