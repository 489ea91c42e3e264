import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import { ENCRYPTED_NOT_PLAIN } from '@/lib/ledger/backup';
import { WRONG_PASSPHRASE } from '@/lib/ledger/encrypted-backup';
import { BACKUP_FILE_TOO_LARGE, MAX_BACKUP_FILE_BYTES, readBackupText } from '@/lib/ledger/restore';
import type { LedgerData } from '@/lib/ledger/schemas';
import { readFileText } from '@/lib/shared/file-text';
import { messageOf } from '@/lib/shared/message-of';

/** A backup read whole and checked, waiting for the user's Restore or Cancel. */
export type PendingRestore = { data: LedgerData; exportedAt: string; fileName: string };

const PASSPHRASE_HINT = 'Type its passphrase in "Open with", then press Try again.';

/**
 * Choosing a backup file, reading it, and restoring it only once the user has seen what it holds and confirmed. The
 * chosen File is kept: the file input fires no change when the same file is chosen again, so "Try again" reads it anew.
 */
export function useRestore(onChange: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [openWith, setOpenWith] = useState('');
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  async function read(chosen: File) {
    setFile(chosen);
    setPending(null);
    const text = await readFileText(chosen, MAX_BACKUP_FILE_BYTES, BACKUP_FILE_TOO_LARGE);
    const result = text.ok ? await readBackupText(text.text, openWith) : { ok: false as const, problems: [text.problem] };
    if (!result.ok) {
      const locked = result.problems.includes(ENCRYPTED_NOT_PLAIN) || result.problems.includes(WRONG_PASSPHRASE);
      setProblems(result.problems);
      setStatus(`Nothing was imported from ${chosen.name}; your ledger is unchanged.${locked ? ` ${PASSPHRASE_HINT}` : ''}`);
      return;
    }
    setProblems([]);
    setStatus(null);
    setPending({ data: result.data, exportedAt: result.exportedAt, fileName: chosen.name });
  }

  async function confirm() {
    if (!pending) return;
    try {
      await ask({ type: 'ledger/restore', data: pending.data });
      setPending(null);
      setFile(null);
      setStatus(`Restored ${pending.data.sessions.length} sessions from ${pending.fileName}.`);
      onChange();
    } catch (error) {
      setProblems([messageOf(error)]);
    }
  }

  function cancel() {
    if (pending) setStatus(`Nothing was restored from ${pending.fileName}; your ledger is unchanged.`);
    setPending(null);
    setFile(null);
  }

  const retry = () => file && read(file);
  return { file, openWith, setOpenWith, pending, problems, status, read, retry, confirm, cancel };
}
