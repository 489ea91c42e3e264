import type { Invoice, Session } from './schemas';

/**
 * Marks sessions paid on one date. Sessions already on an invoice get that invoice's payment date;
 * the rest get one new invoice per practice, because a Locum A is one practice and one payment.
 */
export function markPaid(
  sessions: Session[],
  invoices: Invoice[],
  paidOn: string,
  newId: () => string,
): { invoices: Invoice[]; sessions: Session[] } {
  const changed = new Map<string, Invoice>();
  const byPractice = new Map<string, Invoice>();
  const updatedSessions = sessions.map((session) => {
    const existing = session.invoiceId && (changed.get(session.invoiceId) ?? invoices.find((invoice) => invoice.id === session.invoiceId));
    if (existing) {
      changed.set(existing.id, { ...existing, paidOn });
      return session;
    }
    let invoice = byPractice.get(session.practiceId);
    if (!invoice) {
      invoice = { id: newId(), practiceId: session.practiceId, reference: '', sessionIds: [], paidOn };
      byPractice.set(session.practiceId, invoice);
    }
    invoice.sessionIds.push(session.id);
    return { ...session, invoiceId: invoice.id };
  });
  return { invoices: [...changed.values(), ...byPractice.values()], sessions: updatedSessions };
}
