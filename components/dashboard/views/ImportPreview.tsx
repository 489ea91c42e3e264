import type { ImportRow } from '@/lib/ledger/csv-rows';
import { formatPence, formatUkDate } from '@/lib/pension';

/** Rows shown in the preview; the import still takes every good row. */
const PREVIEW_ROWS = 200;

function sessionText(row: Extract<ImportRow, { ok: true }>): string {
  const { session } = row;
  const invoice = session.invoiceNumber ? `, invoice ${session.invoiceNumber}` : '';
  return `${formatUkDate(session.dateWorked)}, ${session.practiceName}${row.newPractice ? ' (new practice)' : ''}, ${formatPence(session.feePence)}${invoice}`;
}

function RowCell({ row, includeDuplicates }: { row: ImportRow; includeDuplicates: boolean }) {
  if (!row.ok) {
    return (
      <ul class="reasons" aria-label="Why it cannot be imported">
        {row.reasons.map((reason) => (
          <li key={reason}>✗ {reason}</li>
        ))}
      </ul>
    );
  }
  if (!row.duplicate) return <>✓ {sessionText(row)}</>;
  return (
    <>
      {includeDuplicates ? '✓' : '–'} {sessionText(row)}: <strong>already in your ledger</strong>
      {includeDuplicates ? ' (imported again)' : ' (left out)'}
    </>
  );
}

/** Each spreadsheet row as the session it would become, marked when already in the ledger, or the reasons it cannot be imported. */
export function ImportPreview({ rows, includeDuplicates }: { rows: ImportRow[]; includeDuplicates: boolean }) {
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
          <tr key={row.rowNumber} class={row.ok ? (row.duplicate && !includeDuplicates ? 'muted' : '') : 'bad'}>
            <td>{row.rowNumber}</td>
            <td>
              <RowCell row={row} includeDuplicates={includeDuplicates} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
