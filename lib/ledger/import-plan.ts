import type { ImportRow } from './csv-rows';
import type { Invoice, Practice, Session } from './schemas';

export type ImportPlan = { sessions: Session[]; practices: Practice[]; invoices: Invoice[]; skipped: number };

/**
 * Turns the good rows of a CSV preview into records: new practices once per ODS code, and one paid
 * invoice per practice and payment date where the sheet gives one (a Locum A is one practice and one payment).
 * Rows already in the ledger are left out unless `includeDuplicates`, so importing a sheet twice adds nothing.
 */
export function planImport(
  rows: ImportRow[],
  newId: () => string = () => crypto.randomUUID(),
  { includeDuplicates = false }: { includeDuplicates?: boolean } = {},
): ImportPlan {
  const practices = new Map<string, Practice>();
  const invoices = new Map<string, Invoice>();
  const sessions: Session[] = [];
  for (const row of rows) {
    if (!row.ok || (row.duplicate && !includeDuplicates)) continue;
    const { practiceName: _name, odsCode: _ods, datePaid, ...fields } = row.session;
    let practiceId = row.practiceId;
    if (!practiceId && row.newPractice) {
      const key = row.newPractice.odsCode.toUpperCase();
      if (!practices.has(key)) practices.set(key, { id: newId(), ...row.newPractice, address: '', email: '', approverContact: '' });
      practiceId = practices.get(key)!.id;
    }
    if (!practiceId) continue;
    const id = newId();
    let invoiceId: string | undefined;
    if (datePaid) {
      const key = `${practiceId} ${datePaid}`;
      if (!invoices.has(key)) invoices.set(key, { id: newId(), practiceId, reference: '', sessionIds: [], paidOn: datePaid });
      invoices.get(key)!.sessionIds.push(id);
      invoiceId = invoices.get(key)!.id;
    }
    sessions.push({ ...fields, id, practiceId, ...(invoiceId ? { invoiceId } : {}) });
  }
  return { sessions, practices: [...practices.values()], invoices: [...invoices.values()], skipped: rows.length - sessions.length };
}
