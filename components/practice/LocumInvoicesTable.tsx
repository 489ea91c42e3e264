import { formatPence, formatUkDate } from '@/lib/pension';
import type { PracticeInvoice } from '@/lib/ledger/schemas';

type Props = {
  invoices: PracticeInvoice[];
  editingId: string | undefined;
  onEdit: (invoice: PracticeInvoice) => void;
  onDelete: (invoice: PracticeInvoice) => void;
};

/** The invoices locums sent this practice, each with Edit and Delete; the one being edited is marked current. */
export function LocumInvoicesTable({ invoices, editingId, onEdit, onDelete }: Props) {
  return (
    <section class="card table-scroll">
      <table aria-label="Locum invoices">
        <thead>
          <tr>
            <th scope="col">Locum</th>
            <th scope="col">GMC number</th>
            <th scope="col">First day</th>
            <th scope="col">Last day</th>
            <th scope="col" class="num">
              Fee
            </th>
            <th scope="col">Invoice reference</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <LocumInvoiceRow
              key={invoice.id}
              invoice={invoice}
              editing={editingId === invoice.id}
              onEdit={() => onEdit(invoice)}
              onDelete={() => onDelete(invoice)}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function LocumInvoiceRow({
  invoice,
  editing,
  onEdit,
  onDelete,
}: {
  invoice: PracticeInvoice;
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const which = `the invoice from ${invoice.locumName}, ${formatUkDate(invoice.firstDay)}`;
  return (
    <tr aria-current={editing || undefined}>
      <td>{invoice.locumName}</td>
      <td>{invoice.gmcNumber}</td>
      <td>{formatUkDate(invoice.firstDay)}</td>
      <td>{formatUkDate(invoice.lastDay)}</td>
      <td class="num">{formatPence(invoice.feePence)}</td>
      <td>{invoice.reference}</td>
      <td class="actions">
        <button type="button" class="link-button" onClick={onEdit} aria-label={`Edit ${which}`}>
          Edit
        </button>{' '}
        <button type="button" class="link-button" onClick={onDelete} aria-label={`Delete ${which}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}
