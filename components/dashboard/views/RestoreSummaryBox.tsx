import { describeRestore, summariseRestore } from '@/lib/ledger/restore-summary';
import type { LedgerData } from '@/lib/ledger/schemas';
import type { PendingRestore } from './use-restore';

/** What a restore would do, counted against the ledger as it is now, with the only two ways on: Restore or Cancel. */
export function RestoreSummaryBox({
  pending,
  ledger,
  onRestore,
  onCancel,
}: {
  pending: PendingRestore;
  ledger: LedgerData;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const lines = describeRestore(summariseRestore(pending.data, pending.exportedAt, ledger));
  return (
    <section class="card set-aside" aria-label="Restore summary">
      <h3>Restore {pending.fileName}?</h3>
      <p>{lines.backup}</p>
      <p>{lines.now}</p>
      <p class="muted">
        Restoring replaces your whole ledger with the backup. A copy of your ledger as it is now is kept first, and "Undo restore" puts it
        back until the end of today.
      </p>
      <div class="toolbar">
        <button type="button" class="button" onClick={onRestore}>
          Restore
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
