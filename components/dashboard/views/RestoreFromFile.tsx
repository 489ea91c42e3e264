import type { LedgerData } from '@/lib/ledger/schemas';
import { ProblemList } from './ProblemList';
import { RestoreSummaryBox } from './RestoreSummaryBox';
import { useRestore } from './use-restore';

/** Restore from a backup file: read and checked whole, summarised, and written only when the user presses Restore. */
export function RestoreFromFile({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const restore = useRestore(onChange);
  return (
    <div>
      <h3 style={{ marginTop: '1.25rem' }}>Restore</h3>
      <div class="toolbar">
        <label class="field">
          Restore from a backup file
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              // Cleared, so choosing the same file again (after Cancel, say) is a change the input reports.
              e.currentTarget.value = '';
              if (chosen) restore.read(chosen);
            }}
          />
        </label>
        <label class="field">
          Open with (the passphrase of an encrypted backup)
          <input
            type="password"
            autocomplete="current-password"
            value={restore.openWith}
            onInput={(e) => restore.setOpenWith(e.currentTarget.value)}
          />
        </label>
        {restore.file && !restore.pending && (
          <button type="button" class="button button--secondary" onClick={restore.retry}>
            Try again
          </button>
        )}
      </div>
      {restore.file && !restore.pending && <p class="muted">Chosen file: {restore.file.name}</p>}
      {restore.pending && (
        <RestoreSummaryBox pending={restore.pending} ledger={ledger} onRestore={restore.confirm} onCancel={restore.cancel} />
      )}
      {restore.status && <p role="status">{restore.status}</p>}
      <ProblemList problems={restore.problems} label="Problems in the file" />
    </div>
  );
}
