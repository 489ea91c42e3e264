import { download } from '@/components/shared/download';
import { rowsLeftOutCsv } from '@/lib/ledger/csv-export';
import type { LeftOut } from './use-csv-import';

const leftOutFileName = (fileName: string) => `${fileName.replace(/\.csv$/i, '')} - rows left out.csv`;

/** What the last import did not take, with each row's reasons and its cells to download, fix and import again. */
export function RowsLeftOut({ leftOut }: { leftOut: LeftOut }) {
  return (
    <section aria-labelledby="rows-left-out-heading">
      <h3 id="rows-left-out-heading">Rows left out of {leftOut.fileName}</h3>
      <ul class="reasons">
        {leftOut.rows.map((row) => (
          <li key={row.rowNumber}>
            Row {row.rowNumber}: {row.reasons.join('; ')}
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => download(leftOutFileName(leftOut.fileName), rowsLeftOutCsv(leftOut.headers, leftOut.rows), 'text/csv')}
      >
        Download rows left out
      </button>
    </section>
  );
}
