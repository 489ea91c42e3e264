import { useState } from 'preact/hooks';
import { serialiseBackup } from '@/lib/ledger/backup';
import { ask } from '@/lib/ledger/client';
import { encryptBackup } from '@/lib/ledger/encrypted-backup';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { download } from '../../shared/download';

const PASSPHRASES_DIFFER =
  'The two passphrases are not the same, so no backup was made. Type the same passphrase in "Encrypt with" and "Type it again": a typo here would lock you out of the backup.';

/** Downloading a backup, encrypted when a passphrase is given; the passphrase is typed twice and must match. */
export function useBackupDownload(ledger: LedgerData, today: string, onChange: () => void) {
  const [encryptWith, setEncryptWith] = useState('');
  const [typedAgain, setTypedAgain] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  async function save() {
    setStatus(null);
    if (encryptWith !== typedAgain) return setProblems([PASSPHRASES_DIFFER]);
    const exportedAt = new Date().toISOString();
    const settings = { ...ledger.settings, lastBackupAt: exportedAt };
    const plain = serialiseBackup({ ...ledger, settings }, exportedAt);
    if (encryptWith) {
      const encrypted = await encryptBackup(plain, encryptWith);
      if (!encrypted.ok) return setProblems(encrypted.problems);
      download(`locum-ledger-backup-${today}-encrypted.json`, encrypted.text, 'application/json');
    } else {
      download(`locum-ledger-backup-${today}.json`, plain, 'application/json');
    }
    try {
      await ask({ type: 'settings/save', settings });
    } catch (error) {
      return setProblems([messageOf(error)]);
    }
    setProblems([]);
    setStatus(
      encryptWith
        ? 'Encrypted backup saved to your downloads. Keep the passphrase safe: without it the file cannot be opened.'
        : 'Backup saved to your downloads.',
    );
    onChange();
  }

  return { encryptWith, setEncryptWith, typedAgain, setTypedAgain, problems, status, save };
}
