import { useState } from 'preact/hooks';
import { readFileText } from '@/lib/shared/file-text';
import { serialiseBackup } from '@/lib/ledger/backup';
import { ask } from '@/lib/ledger/client';
import { encryptBackup } from '@/lib/ledger/encrypted-backup';
import { BACKUP_FILE_TOO_LARGE, MAX_BACKUP_FILE_BYTES, readBackupText } from '@/lib/ledger/restore';
import type { LedgerData } from '@/lib/ledger/schemas';
import { download } from '../../shared/download';
import { messageOf } from '@/lib/shared/message-of';

/** Backup and restore. A file is validated whole before anything is written; a bad one changes nothing. */
export function BackupPanel({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  async function exportBackup() {
    const exportedAt = new Date().toISOString();
    const settings = { ...ledger.settings, lastBackupAt: exportedAt };
    const plain = serialiseBackup({ ...ledger, settings }, exportedAt);
    if (passphrase) {
      const encrypted = await encryptBackup(plain, passphrase);
      if (!encrypted.ok) return setProblems(encrypted.problems);
      download(`locum-ledger-backup-${today}-encrypted.json`, encrypted.text, 'application/json');
    } else {
      download(`locum-ledger-backup-${today}.json`, plain, 'application/json');
    }
    await ask({ type: 'settings/save', settings });
    setProblems([]);
    setStatus(
      passphrase
        ? 'Encrypted backup saved to your downloads. Keep the passphrase safe: without it the file cannot be opened.'
        : 'Backup saved to your downloads.',
    );
    onChange();
  }

  async function importBackup(file: File) {
    const read = await readFileText(file, MAX_BACKUP_FILE_BYTES, BACKUP_FILE_TOO_LARGE);
    const result = read.ok ? await readBackupText(read.text, passphrase) : { ok: false as const, problems: [read.problem] };
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
      setProblems([messageOf(error)]);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p class="muted">
        Removing the extension deletes its data, so keep a backup. Restoring replaces the whole ledger with the file's contents.
      </p>
      <div class="toolbar">
        <label class="field">
          Passphrase (optional, to encrypt or open an encrypted backup)
          <input type="password" autocomplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
        </label>
        <button type="button" class="button" onClick={exportBackup}>
          Download backup
        </button>
        <label class="field">
          Restore from a backup file
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => e.currentTarget.files?.[0] && importBackup(e.currentTarget.files[0])}
          />
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
