import { download } from '@/components/shared/download';
import { yearStatementCsv } from '@/lib/ledger/csv-export';
import type { YearStatementModel } from '@/lib/ledger/year-statement';

/** Print this year alone, or take its statement to a spreadsheet. */
export function StatementActions({ statement, onPrint }: { statement: YearStatementModel; onPrint: () => void }) {
  const year = statement.schemeYear;
  return (
    <p class="no-print statement-actions">
      <button type="button" class="button button--secondary" onClick={onPrint}>
        Print this year ({year})
      </button>{' '}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => download(`pension-statement-${year.replace('/', '-')}.csv`, yearStatementCsv(statement), 'text/csv;charset=utf-8')}
      >
        Download {year} as CSV
      </button>
    </p>
  );
}
