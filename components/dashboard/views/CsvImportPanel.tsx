import { ProblemAlert } from '@/components/shared/ProblemAlert';
import type { LedgerData } from '@/lib/ledger/schemas';
import { AliasOffers } from './AliasOffers';
import { ColumnMappingFields } from './ColumnMappingFields';
import { ImportPreview } from './ImportPreview';
import { RowsLeftOut } from './RowsLeftOut';
import { useCsvImport } from './use-csv-import';
import { usePracticeAlias } from './use-practice-alias';

/** Sessions from a spreadsheet: map the columns, preview every row with its reason, import the good rows in one go. */
export function CsvImportPanel({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const csv = useCsvImport(ledger, onChange);
  const alias = usePracticeAlias(ledger.settings, onChange);
  const { table, mapping, rows, good, duplicates, mappingIssues, includeDuplicates } = csv;
  return (
    <section class="card" aria-labelledby="csv-import-heading">
      <h2 id="csv-import-heading">Import sessions from a spreadsheet</h2>
      <p class="muted">Save your spreadsheet as CSV. Dates are read day first (dd/mm/yyyy); fees may have £ signs.</p>
      <label class="field">
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={(e) => e.currentTarget.files?.[0] && csv.choose(e.currentTarget.files[0])} />
      </label>
      {table && (
        <>
          <ColumnMappingFields headers={table.headers} mapping={mapping} onMapping={csv.setMapping} />
          {mappingIssues.length > 0 && <p class="bad">{mappingIssues.join(' ')}</p>}
          <AliasOffers rows={rows} onAccept={alias.remember} />
          <ProblemAlert problem={alias.problem} />
          {duplicates > 0 && (
            <label>
              <input type="checkbox" checked={includeDuplicates} onChange={(e) => csv.setIncludeDuplicates(e.currentTarget.checked)} />{' '}
              Import the {duplicates === 1 ? 'row' : `${duplicates} rows`} already in your ledger again
            </label>
          )}
          <ImportPreview rows={rows} includeDuplicates={includeDuplicates} />
          <button type="button" class="button" disabled={good === 0 || mappingIssues.length > 0} onClick={csv.importGood}>
            Import {good} good row{good === 1 ? '' : 's'}
          </button>
        </>
      )}
      {csv.status && <p role="status">{csv.status}</p>}
      {csv.leftOut && <RowsLeftOut leftOut={csv.leftOut} />}
    </section>
  );
}
