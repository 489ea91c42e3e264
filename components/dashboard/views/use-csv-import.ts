import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import { readFileText } from '@/lib/shared/file-text';
import { CSV_TOO_LARGE, MAX_CSV_BYTES, readCsv, type CsvTable } from '@/lib/ledger/csv-read';
import { guessMapping, mappingProblems, type ColumnMapping } from '@/lib/ledger/csv-columns';
import { rowsLeftOut, type LeftOutRow } from '@/lib/ledger/csv-left-out';
import { previewImport } from '@/lib/ledger/csv-rows';
import { planImport } from '@/lib/ledger/import-plan';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

/** What the last import left out, kept on screen (and downloadable) after the preview has gone. */
export type LeftOut = { fileName: string; headers: string[]; rows: LeftOutRow[] };

/** A spreadsheet read, its columns mapped, every row previewed (rows already in the ledger left out unless included), and imported in one request. */
export function useCsvImport(ledger: LedgerData, onChange: () => void) {
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [leftOut, setLeftOut] = useState<LeftOut | null>(null);
  const table = file?.table ?? null;
  const rows = table
    ? previewImport(table.rows, mapping, ledger.practices, {
        headers: table.headers,
        rowNumbers: table.rowNumbers,
        sessions: ledger.sessions,
        aliases: ledger.settings.practiceAliases ?? {},
      })
    : [];
  const duplicates = rows.filter((row) => row.ok && row.duplicate).length;
  const good = rows.filter((row) => row.ok && (includeDuplicates || !row.duplicate)).length;
  const mappingIssues = table ? mappingProblems(mapping) : [];

  async function choose(chosen: File) {
    const text = await readFileText(chosen, MAX_CSV_BYTES, CSV_TOO_LARGE);
    setLeftOut(null);
    setIncludeDuplicates(false);
    if (!text.ok) {
      setFile(null);
      return setStatus(text.problem);
    }
    const read = readCsv(text.text);
    setFile({ name: chosen.name, table: read });
    setMapping(guessMapping(read.headers));
    setStatus(read.problems.length > 0 ? read.problems.join(' ') : null);
  }

  async function importGood() {
    if (!file) return;
    const plan = planImport(rows, undefined, { includeDuplicates });
    try {
      await ask({ type: 'sessions/import', sessions: plan.sessions, practices: plan.practices, invoices: plan.invoices });
      setStatus(
        `Imported ${plan.sessions.length} sessions${plan.practices.length ? ` and ${plan.practices.length} new practices` : ''}; ${plan.skipped} rows left out.`,
      );
      const left = rowsLeftOut(rows, file.table.rows, includeDuplicates);
      setLeftOut(left.length > 0 ? { fileName: file.name, headers: file.table.headers, rows: left } : null);
      setFile(null);
      onChange();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return {
    table,
    mapping,
    setMapping,
    includeDuplicates,
    setIncludeDuplicates,
    status,
    rows,
    good,
    duplicates,
    mappingIssues,
    leftOut,
    choose,
    importGood,
  };
}
