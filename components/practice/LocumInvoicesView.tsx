import { useMemo } from 'preact/hooks';
import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { UndoBanner } from '@/components/shared/UndoBanner';
import type { LedgerData, PracticeInvoice } from '@/lib/ledger/schemas';
import { LocumInvoiceForm } from './LocumInvoiceForm';
import { LocumInvoicesTable } from './LocumInvoicesTable';
import { useLocumInvoiceActions } from './use-locum-invoice-actions';

type Props = { ledger: LedgerData; onChange: () => void };

/** Newest work first, as invoices arrive; one locum's invoices for the same days sit together. */
const byFirstDayNewest = (x: PracticeInvoice, y: PracticeInvoice) =>
  y.firstDay.localeCompare(x.firstDay) || x.locumName.localeCompare(y.locumName, 'en-GB');

/** Practice mode: the invoices locums sent this practice, which the in-page panel checks each Locum A against. */
export function LocumInvoicesView({ ledger, onChange }: Props) {
  const invoices = useMemo(() => [...(ledger.practiceInvoices ?? [])].sort(byFirstDayNewest), [ledger.practiceInvoices]);
  const { editing, setEditing, undo, problem, save, remove, restore } = useLocumInvoiceActions(onChange);

  return (
    <>
      <h1>Locum invoices</h1>
      <p class="lede">
        On PCSE Online's approval review page, Locum Ledger's panel matches each Locum A against this list and lists the differences; you
        still decide whether to approve.
      </p>
      {editing ? (
        <LocumInvoiceForm key={editing.id} editing={editing} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <LocumInvoiceForm onSave={save} />
      )}
      {undo && <UndoBanner onUndo={() => restore(undo)}>Deleted the invoice from {undo.locumName}.</UndoBanner>}
      <ProblemAlert problem={problem} />
      {invoices.length === 0 ? (
        <p class="empty">
          No locum invoices yet. Add each invoice a locum sends the practice above: their name and GMC number, the first and last day
          worked, and the fee, without the 14.38% employer contribution.
        </p>
      ) : (
        <LocumInvoicesTable invoices={invoices} editingId={editing?.id} onEdit={setEditing} onDelete={remove} />
      )}
    </>
  );
}
