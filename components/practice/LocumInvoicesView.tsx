import { useMemo, useState } from 'preact/hooks';
import { formatPence, formatUkDate } from '@/lib/pension';
import { ask } from '@/lib/ledger/client';
import type { LedgerData, PracticeInvoice } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { LocumInvoiceForm } from './LocumInvoiceForm';

type Props = { ledger: LedgerData; onChange: () => void };

/** Newest work first, as invoices arrive; one locum's invoices for the same days sit together. */
const byFirstDayNewest = (x: PracticeInvoice, y: PracticeInvoice) => y.firstDay.localeCompare(x.firstDay) || x.locumName.localeCompare(y.locumName, 'en-GB');

/** Practice mode: the invoices locums sent this practice, which the in-page panel checks each Locum A against. */
export function LocumInvoicesView({ ledger, onChange }: Props) {
  const [editing, setEditing] = useState<PracticeInvoice | null>(null);
  const [undo, setUndo] = useState<PracticeInvoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const invoices = useMemo(() => [...(ledger.practiceInvoices ?? [])].sort(byFirstDayNewest), [ledger.practiceInvoices]);

  async function run(work: () => Promise<unknown>) {
    try {
      await work();
      setProblem(null);
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  const save = async (invoice: PracticeInvoice) => {
    await ask({ type: 'practice-invoice/save', invoice });
    setEditing(null);
    onChange();
  };
  const remove = (invoice: PracticeInvoice) =>
    run(async () => {
      await ask({ type: 'practice-invoice/delete', id: invoice.id });
      if (editing?.id === invoice.id) setEditing(null);
      setUndo(invoice);
    });
  const restore = (invoice: PracticeInvoice) =>
    run(async () => {
      await ask({ type: 'practice-invoice/save', invoice });
      setUndo(null);
    });

  return (
    <>
      <h1>Locum invoices</h1>
      <p class="lede">
        On PCSE Online's approval review page, Locum Ledger's panel matches each Locum A against this list and lists the differences; you still decide whether to approve.
      </p>
      {editing ? <LocumInvoiceForm key={editing.id} editing={editing} onSave={save} onCancel={() => setEditing(null)} /> : <LocumInvoiceForm onSave={save} />}
      {undo && (
        <div class="banner" role="status">
          Deleted the invoice from {undo.locumName}.
          <button type="button" class="button button--secondary" onClick={() => restore(undo)}>
            Undo
          </button>
        </div>
      )}
      {problem && <p role="alert" class="bad">{problem}</p>}
      {invoices.length === 0 ? (
        <p class="empty">No locum invoices yet. Add each invoice a locum sends the practice above: their name and GMC number, the first and last day worked, and the fee, without the 14.38% employer contribution.</p>
      ) : (
        <section class="card table-scroll">
          <table aria-label="Locum invoices">
            <thead>
              <tr>
                <th scope="col">Locum</th>
                <th scope="col">GMC number</th>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
                <th scope="col" class="num">Fee</th>
                <th scope="col">Invoice reference</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.id} aria-current={editing?.id === invoice.id || undefined}>
                  <td>{invoice.locumName}</td>
                  <td>{invoice.gmcNumber}</td>
                  <td>{formatUkDate(invoice.firstDay)}</td>
                  <td>{formatUkDate(invoice.lastDay)}</td>
                  <td class="num">{formatPence(invoice.feePence)}</td>
                  <td>{invoice.reference}</td>
                  <td class="actions">
                    <button type="button" class="link-button" onClick={() => setEditing(invoice)} aria-label={`Edit the invoice from ${invoice.locumName}, ${formatUkDate(invoice.firstDay)}`}>
                      Edit
                    </button>{' '}
                    <button type="button" class="link-button" onClick={() => remove(invoice)} aria-label={`Delete the invoice from ${invoice.locumName}, ${formatUkDate(invoice.firstDay)}`}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
