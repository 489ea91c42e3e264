import { formatUkDate } from '@/lib/pension';
import type { Session } from '@/lib/ledger/schemas';

/** A session's status as the table shows and sorts it; `paidOn` maps invoice ids to the day they were paid. */
export function statusOf(session: Session, paidOn: Map<string, string>): string {
  if (!session.pensioned) return 'Not pensioned';
  const paid = session.invoiceId ? paidOn.get(session.invoiceId) : undefined;
  return paid ? `Paid ${formatUkDate(paid)}` : 'Unpaid';
}
