import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { EnteredRateTable } from '@/lib/pension';

/** Removing an entered table, kept in hand until the next change so Undo can save it again as it was. */
export function useRateTableRemoval(onChange: () => void) {
  const { problem, run } = useAction(onChange);
  const [removed, setRemoved] = useState<EnteredRateTable | null>(null);
  const remove = (table: EnteredRateTable) =>
    run(async () => {
      await ask({ type: 'rate-table/delete', schemeYear: table.schemeYear });
      setRemoved(table);
    });
  const undo = () =>
    removed &&
    run(async () => {
      await ask({ type: 'rate-table/save', table: removed });
      setRemoved(null);
    });
  return { problem, removed, remove, undo };
}
