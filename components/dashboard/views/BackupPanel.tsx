import type { LedgerData } from '@/lib/ledger/schemas';
import { BackupDownload } from './BackupDownload';
import { RestoreFromFile } from './RestoreFromFile';
import { SafetyCopyUndo } from './SafetyCopyUndo';

/** Backup and restore. A file is validated whole and summarised before anything is written; a bad one changes nothing. */
export function BackupPanel({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p class="muted">
        Removing the extension deletes its data, so keep a backup. Before a restore replaces your ledger you see what the backup holds, and
        a copy of your ledger is kept so the restore can be undone today.
      </p>
      <SafetyCopyUndo ledger={ledger} today={today} onChange={onChange} />
      <BackupDownload ledger={ledger} today={today} onChange={onChange} />
      <RestoreFromFile ledger={ledger} onChange={onChange} />
    </section>
  );
}
