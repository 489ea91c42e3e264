import { receiptsCsv, sessionsCsv, submissionsCsv } from '@/lib/ledger/csv-export';
import type { LedgerData } from '@/lib/ledger/schemas';
import { download } from '../../shared/download';

/** CSV files for an accountant or practice manager, and the printable year statement. */
export function ExportPanel({ ledger, today }: { ledger: LedgerData; today: string }) {
  const save = (name: string, text: string) => download(`locum-ledger-${name}-${today}.csv`, text, 'text/csv');
  return (
    <section class="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export for your accountant</h2>
      <div class="toolbar">
        <button type="button" class="button button--secondary" onClick={() => save('sessions', sessionsCsv(ledger))}>
          Sessions (CSV)
        </button>
        <button type="button" class="button button--secondary" onClick={() => save('submissions', submissionsCsv(ledger))}>
          Submissions (CSV)
        </button>
        <button type="button" class="button button--secondary" onClick={() => save('receipts', receiptsCsv(ledger))}>
          Receipts (CSV)
        </button>
      </div>
    </section>
  );
}
