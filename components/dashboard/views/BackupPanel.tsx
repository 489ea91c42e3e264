import { useState } from 'preact/hooks';
import { parseBackup, serialiseBackup } from '@/lib/ledger/backup';
import { ask } from '@/lib/ledger/client';
import type { LedgerData } from '@/lib/ledger/schemas';
import { download } from '../download';

/** Backup and restore. A file is validated whole before anything is written; a bad one changes nothing. */
export function BackupPanel({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  async function exportBackup() {
    const exportedAt = new Date().toISOString();
    const settings = { ...ledger.settings, lastBackupAt: exportedAt };
    download(`locum-ledger-backup-${today}.json`, serialiseBackup({ ...ledger, settings }, exportedAt), 'application/json');
    await ask({ type: 'settings/save', settings });
    setStatus('Backup saved to your downloads.');
    onChange();
  }

  async function importBackup(file: File) {
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setProblems(result.problems);
      setStatus(`Nothing was imported from ${file.name}; your ledger is unchanged.`);
      return;
    }
    try {
      await ask({ type: 'ledger/replace', data: result.data });
      setProblems([]);
      setStatus(`Restored ${result.data.sessions.length} sessions from ${file.name}.`);
      onChange();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p class="muted">Removing the extension deletes its data, so keep a backup. Restoring replaces the whole ledger with the file's contents.</p>
      <div class="toolbar">
        <button type="button" class="button" onClick={exportBackup}>
          Download backup
        </button>
        <label class="field">
          Restore from a backup file
          <input type="file" accept=".json,application/json" onChange={(e) => e.currentTarget.files?.[0] && importBackup(e.currentTarget.files[0])} />
        </label>
      </div>
      {status && <p role="status">{status}</p>}
      {problems.length > 0 && (
        <ul class="bad" aria-label="Problems in the file">
          {problems.slice(0, 50).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
