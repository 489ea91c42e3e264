import { formatPence, formatUkDate } from '@/lib/pension';
import type { LedgerData } from '@/lib/ledger/schemas';

type Collection = 'sessions' | 'invoices' | 'receipts';

/** A record as the user recognises it (a session by date, practice and fee), found on whichever side holds it. */
export function recordLabel(collection: Collection, id: string, sides: LedgerData[]): string {
  const practiceName = (practiceId: string) => sides.flatMap((s) => s.practices).find((p) => p.id === practiceId)?.name ?? 'a practice';
  for (const side of sides) {
    if (collection === 'sessions') {
      const s = side.sessions.find((r) => r.id === id);
      if (s) return `${formatUkDate(s.dateWorked)}, ${practiceName(s.practiceId)}, ${formatPence(s.feePence)}`;
    }
    if (collection === 'invoices') {
      const i = side.invoices.find((r) => r.id === id);
      if (i) return `Invoice ${i.reference || '(no reference)'} to ${practiceName(i.practiceId)}`;
    }
    if (collection === 'receipts') {
      const r = side.receipts.find((x) => x.id === id);
      if (r) return `Receipt ${r.reference} of ${formatUkDate(r.date)}, ${formatPence(r.amountPence)}`;
    }
  }
  return id;
}

export const NOUNS: Record<Collection, string> = { sessions: 'Sessions', invoices: 'Invoices', receipts: 'Receipts' };
