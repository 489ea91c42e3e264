import { JsonFileInput } from '@/components/shared/JsonFileInput';
import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import { MAX_RATES_FILE_BYTES, parseRatesFile, RATES_FILE_TOO_LARGE, serialiseRatesFile } from '@/lib/ledger/rates-file';
import type { EnteredRateTable } from '@/lib/pension';
import { readFileText } from '@/lib/shared/file-text';
import { messageOf } from '@/lib/shared/message-of';
import { download } from '../../../shared/download';

type Props = { entered: readonly EnteredRateTable[]; today: string; onChange: () => void };
type Outcome = { message: string; problem?: string };

/** Your entered tables as a file for a colleague, and a colleague's file imported: every table in it, or none. */
export function RatesFilePanel({ entered, today, onChange }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function exportTables() {
    download(`locum-ledger-rates-${today}.json`, serialiseRatesFile(entered, new Date().toISOString()), 'application/json');
    setOutcome({ message: `Rate tables for ${entered.map((table) => table.schemeYear).join(', ')} saved to your downloads.` });
  }

  async function importTables(file: File) {
    const refuse = (problem: string) =>
      setOutcome({ message: `Nothing was imported from ${file.name}; your tables are unchanged.`, problem });
    const read = await readFileText(file, MAX_RATES_FILE_BYTES, RATES_FILE_TOO_LARGE);
    if (!read.ok) return refuse(read.problem);
    const parsed = parseRatesFile(read.text);
    if (!parsed.ok) return refuse(parsed.problem);
    try {
      const { added, replaced } = await ask({ type: 'rate-tables/import', tables: parsed.tables });
      setOutcome({ message: `Added ${added}, replaced ${replaced} from ${file.name}.` });
      onChange();
    } catch (error) {
      refuse(messageOf(error));
    }
  }

  return (
    <section class="card" aria-labelledby="rates-file-heading">
      <h2 id="rates-file-heading">Rates file</h2>
      <p class="muted">
        Share the tables you entered with a colleague, or import theirs. A table in the file replaces yours for that year.
      </p>
      <div class="toolbar">
        <button type="button" class="button" disabled={entered.length === 0} onClick={exportTables}>
          Export rate tables
        </button>
        <JsonFileInput label="Import a rates file" onFile={(file) => void importTables(file)} />
      </div>
      {outcome && <p role="status">{outcome.message}</p>}
      {outcome?.problem && (
        <p role="alert" class="bad">
          {outcome.problem}
        </p>
      )}
    </section>
  );
}
