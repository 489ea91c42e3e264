import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import { readFileText } from '@/lib/shared/file-text';
import { CSV_TOO_LARGE, MAX_CSV_BYTES, readCsv, type CsvTable } from '@/lib/ledger/csv-read';
import { guessMapping, mappingProblems, type ColumnMapping, type ImportField } from '@/lib/ledger/csv-columns';
import { previewImport } from '@/lib/ledger/csv-rows';
import { planImport } from '@/lib/ledger/import-plan';
import type { LedgerData } from '@/lib/ledger/schemas';
import { formatPence, formatUkDate } from '@/lib/pension';
import { messageOf } from '@/lib/shared/message-of';

const FIELDS: { field: ImportField; label: string }[] = [
  { field: 'dateWorked', label: 'Date worked' },
  { field: 'practice', label: 'Practice name' },
  { field: 'odsCode', label: 'ODS code' },
  { field: 'fee', label: 'Fee' },
  { field: 'workType', label: 'Type of work' },
  { field: 'datePaid', label: 'Date paid' },
  { field: 'notes', label: 'Notes' },
];

/** Sessions from a spreadsheet: map the columns, preview every row with its reason, import the good rows in one go. */
export function CsvImportPanel({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [status, setStatus] = useState<string | null>(null);
  const rows = table ? previewImport(table.rows, mapping, ledger.practices, { headers: table.headers, rowNumbers: table.rowNumbers }) : [];
  const good = rows.filter((row) => row.ok).length;
  const mappingIssues = table ? mappingProblems(mapping) : [];

  async function choose(file: File) {
    const text = await readFileText(file, MAX_CSV_BYTES, CSV_TOO_LARGE);
    if (!text.ok) {
      setTable(null);
      return setStatus(text.problem);
    }
    const read = readCsv(text.text);
    setTable(read);
    setMapping(guessMapping(read.headers));
    setStatus(read.problems.length > 0 ? read.problems.join(' ') : null);
  }

  async function importGood() {
    const plan = planImport(rows);
    try {
      await ask({ type: 'sessions/save', sessions: plan.sessions, practices: plan.practices, invoices: plan.invoices });
      setStatus(`Imported ${plan.sessions.length} sessions${plan.practices.length ? ` and ${plan.practices.length} new practices` : ''}; ${plan.skipped} rows left out.`);
      setTable(null);
      onChange();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return (
    <section class="card" aria-labelledby="csv-import-heading">
      <h2 id="csv-import-heading">Import sessions from a spreadsheet</h2>
      <p class="muted">Save your spreadsheet as CSV. Dates are read day first (dd/mm/yyyy); fees may have £ signs.</p>
      <label class="field">
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={(e) => e.currentTarget.files?.[0] && choose(e.currentTarget.files[0])} />
      </label>
      {table && (
        <>
          <fieldset class="toolbar">
            <legend>Which column holds what</legend>
            {FIELDS.map(({ field, label }) => (
              <label key={field} class="field">
                {label}
                <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })}>
                  <option value="">(none)</option>
                  {table.headers.map((header, i) => (
                    <option key={i} value={i}>
                      {header || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {mappingIssues.length > 0 && <p class="bad">{mappingIssues.join(' ')}</p>}
          <table aria-label="Preview">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Session, or why it cannot be imported</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 200).map((row) => (
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
          <button type="button" class="button" disabled={good === 0 || mappingIssues.length > 0} onClick={importGood}>
            Import {good} good row{good === 1 ? '' : 's'}
          </button>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
