import type { ImportRow } from '@/lib/ledger/csv-rows';
import { formatPence, formatUkDate } from '@/lib/pension';

/** Rows shown in the preview; the import still takes every good row. */
const PREVIEW_ROWS = 200;

/** Each spreadsheet row as the session it would become, or the reasons it cannot be imported. */
export function ImportPreview({ rows }: { rows: ImportRow[] }) {
  return (
    <table aria-label="Preview">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Session, or why it cannot be imported</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, PREVIEW_ROWS).map((row) => (
          <tr key={row.rowNumber} class={row.ok ? '' : 'bad'}>
            <td>{row.rowNumber}</td>
            <td>
              {row.ok
                ? `✓ ${formatUkDate(row.session.dateWorked)}, ${row.session.practiceName}${row.newPractice ? ' (new practice)' : ''}, ${formatPence(row.session.feePence)}`
                : `✗ ${row.reasons.join(' ')}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
