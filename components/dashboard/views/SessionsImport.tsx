import { useState } from 'preact/hooks';
import type { LedgerData } from '@/lib/ledger/schemas';
import { CsvImportPanel } from './CsvImportPanel';

/** The spreadsheet import where sessions are, opened by a button so the list stays first. */
export function SessionsImport({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>
        <button type="button" class="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close the import' : 'Import from a spreadsheet'}
        </button>
      </p>
      {open && <CsvImportPanel ledger={ledger} onChange={onChange} />}
    </>
  );
}
