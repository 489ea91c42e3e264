import type { LedgerData } from '@/lib/ledger/schemas';
import { ColumnMappingFields } from './ColumnMappingFields';
import { ImportPreview } from './ImportPreview';
import { useCsvImport } from './use-csv-import';

/** Sessions from a spreadsheet: map the columns, preview every row with its reason, import the good rows in one go. */
export function CsvImportPanel({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const { table, mapping, setMapping, status, rows, good, mappingIssues, choose, importGood } = useCsvImport(ledger, onChange);
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
          <ColumnMappingFields headers={table.headers} mapping={mapping} onMapping={setMapping} />
          {mappingIssues.length > 0 && <p class="bad">{mappingIssues.join(' ')}</p>}
          <ImportPreview rows={rows} />
          <button type="button" class="button" disabled={good === 0 || mappingIssues.length > 0} onClick={importGood}>
            Import {good} good row{good === 1 ? '' : 's'}
          </button>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
