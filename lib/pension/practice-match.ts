import type { PracticeInvoice } from '../ledger/schemas';
import { formatPence, formatUkDate } from '.';
import type { ReviewedLocumA } from '../portal/read/locum-a-summary';

export type PracticeMatch = { invoice: PracticeInvoice; differences: string[] };

const digitsOf = (gmc: string | undefined) => (gmc ?? '').replace(/\D/g, '');
/** "Dr Alex Morgan" and "alex  morgan" are the same locum. */
const nameKey = (name: string) => name.toLowerCase().replace(/^\s*dr\.?\s+/, '').replace(/\s+/g, ' ').trim();

function span(a: ReviewedLocumA): { first: string; last: string } | undefined {
  if (a.periods.length === 0) return undefined;
  const days = a.periods.flatMap((p) => [p.from, p.to]).sort();
  return { first: days[0]!, last: days.at(-1)! };
}

/**
 * The practice's own invoice for this Locum A: ranked by GMC number, then overlapping dates, then the same dates, then the same fee.
 * An invoice with neither the GMC number nor any day in common is not this work, so null rather than a misleading comparison.
 */
export function matchPracticeInvoice(a: ReviewedLocumA, invoices: PracticeInvoice[]): PracticeMatch | null {
  const days = span(a);
  const gmc = digitsOf(a.gmcNumber);
  const rank = (invoice: PracticeInvoice): number[] => {
    const sameGmc = gmc !== '' && gmc === digitsOf(invoice.gmcNumber);
    const overlaps = days !== undefined && invoice.firstDay <= days.last && days.first <= invoice.lastDay;
    const sameDays = days !== undefined && invoice.firstDay === days.first && invoice.lastDay === days.last;
    return [sameGmc ? 1 : 0, overlaps ? 1 : 0, sameDays ? 1 : 0, invoice.feePence === a.feePence ? 1 : 0];
  };
  let best: { invoice: PracticeInvoice; rank: number[] } | undefined;
  for (const invoice of invoices) {
    const r = rank(invoice);
    if (r[0] === 0 && r[1] === 0) continue;
    if (!best || isBetter(r, best.rank)) best = { invoice, rank: r };
  }
  return best ? { invoice: best.invoice, differences: differences(a, best.invoice, days) } : null;
}

function isBetter(x: number[], y: number[]): boolean {
  const i = x.findIndex((value, at) => value !== y[at]);
  return i >= 0 && x[i]! > y[i]!;
}

/** Each difference in plain English, the Locum A's figure first and the practice's second. */
function differences(a: ReviewedLocumA, invoice: PracticeInvoice, days: { first: string; last: string } | undefined): string[] {
  const found: string[] = [];
  if (a.feePence !== invoice.feePence) found.push(`Fee: Locum A ${formatPence(a.feePence)}, your invoice ${formatPence(invoice.feePence)}`);
  const day = (iso: string | undefined) => (iso ? formatUkDate(iso) : 'not shown');
  if (days?.first !== invoice.firstDay) found.push(`First day worked: Locum A ${day(days?.first)}, your invoice ${formatUkDate(invoice.firstDay)}`);
  if (days?.last !== invoice.lastDay) found.push(`Last day worked: Locum A ${day(days?.last)}, your invoice ${formatUkDate(invoice.lastDay)}`);
  const theirGmc = digitsOf(invoice.gmcNumber);
  if (theirGmc !== '' && digitsOf(a.gmcNumber) !== theirGmc) found.push(`GMC number: Locum A ${a.gmcNumber || 'not shown'}, your invoice ${invoice.gmcNumber}`);
  if (a.locumName && nameKey(a.locumName) !== nameKey(invoice.locumName)) found.push(`Locum name: Locum A ${a.locumName}, your invoice ${invoice.locumName}`);
  return found;
}
