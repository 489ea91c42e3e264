import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import { readFileText } from '@/lib/shared/file-text';
import { CSV_TOO_LARGE, MAX_CSV_BYTES, readCsv, type CsvTable } from '@/lib/ledger/csv-read';
import { guessMapping, mappingProblems, type ColumnMapping } from '@/lib/ledger/csv-columns';
import { previewImport } from '@/lib/ledger/csv-rows';
import { planImport } from '@/lib/ledger/import-plan';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

/** A spreadsheet read, its columns mapped, every row previewed, and the good rows imported in one request. */
export function useCsvImport(ledger: LedgerData, onChange: () => void) {
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
      setStatus(
        `Imported ${plan.sessions.length} sessions${plan.practices.length ? ` and ${plan.practices.length} new practices` : ''}; ${plan.skipped} rows left out.`,
      );
      setTable(null);
      onChange();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return { table, mapping, setMapping, status, rows, good, mappingIssues, choose, importGood };
}
