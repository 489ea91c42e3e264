import type { LedgerData } from '@/lib/ledger/schemas';
import { ProblemList } from './ProblemList';
import { useBackupDownload } from './use-backup-download';

/** Download a backup, plain or encrypted with a passphrase typed twice. */
export function BackupDownload({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  const backup = useBackupDownload(ledger, today, onChange);
  return (
    <div>
      <h3 style={{ marginTop: '1.25rem' }}>Download</h3>
      <div class="toolbar">
        <label class="field">
          Encrypt with (optional passphrase)
          <input
            type="password"
            autocomplete="new-password"
            value={backup.encryptWith}
            onInput={(e) => backup.setEncryptWith(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          Type it again
          <input
            type="password"
            autocomplete="new-password"
            value={backup.typedAgain}
            onInput={(e) => backup.setTypedAgain(e.currentTarget.value)}
          />
        </label>
        <button type="button" class="button" onClick={backup.save}>
          Download backup
        </button>
      </div>
      {backup.status && <p role="status">{backup.status}</p>}
      <ProblemList problems={backup.problems} label="Problems with the backup" />
    </div>
  );
}
