import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { PracticeInvoice } from '@/lib/ledger/schemas';

/** Adding and editing locum invoices, and deleting one with Undo. */
export function useLocumInvoiceActions(onChange: () => void) {
  const [editing, setEditing] = useState<PracticeInvoice | null>(null);
  const [undo, setUndo] = useState<PracticeInvoice | null>(null);
  const { problem, run } = useAction(onChange);

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
  return { editing, setEditing, undo, problem, save, remove, restore };
}
