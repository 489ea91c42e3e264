import { ukDateTime } from '@/lib/ledger/restore-summary';
import type { LedgerData } from '@/lib/ledger/schemas';
import { useSafetyCopy } from './use-safety-copy';

/** "Undo restore" or "Undo import" for the rest of the day, saying what it will put back and what it will lose. */
export function SafetyCopyUndo({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  const { offered, status, problem, undo } = useSafetyCopy(ledger, today, onChange);
  return (
    <>
      {offered && (
        <section class="banner" aria-label="Automatic copy">
          <p>
            Before the {offered.reason} at {ukDateTime(offered.takenAt).split(' ')[1]} today, a copy of your ledger was kept. Undo puts that
            copy back in place of your ledger; changes made since then are lost.
          </p>
          <button type="button" class="button button--secondary" style={{ whiteSpace: 'nowrap' }} onClick={() => undo(offered)}>
            Undo {offered.reason}
          </button>
        </section>
      )}
      {status && <p role="status">{status}</p>}
      {problem && <p class="bad">{problem}</p>}
    </>
  );
}
