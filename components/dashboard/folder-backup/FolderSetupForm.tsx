import { useState } from 'preact/hooks';
import { saveFolderSettings } from '@/lib/ledger/folder-backup/folder-store';
import type { FolderBackupRecord } from '@/lib/ledger/folder-backup/record';
import { messageOf } from '@/lib/shared/message-of';
import { pickFolder } from './folder-access';
import { folderKey } from './setup-folder';

/** Choose a folder, name this computer and type a passphrase twice; the key is derived once and kept, never the passphrase. */
export function FolderSetupForm({ onSaved }: { onSaved: (record: FolderBackupRecord) => void }) {
  const [handle, setHandle] = useState<FileSystemDirectoryHandle | null>(null);
  const [computerName, setComputerName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function choose() {
    try {
      setHandle(await pickFolder());
    } catch (error) {
      // Closing the picker is a choice, not a problem.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setProblems([messageOf(error)]);
    }
  }
  async function start(event: Event) {
    event.preventDefault();
    const missing = [
      ...(handle ? [] : ['Choose a folder for the backups.']),
      ...(computerName.trim() ? [] : ['Name this computer (for example "laptop"), so you can tell its backups apart.']),
      ...(passphrase === again ? [] : ['The two passphrases are different: type the same passphrase twice.']),
    ];
    if (missing.length > 0 || !handle) return setProblems(missing);
    setBusy(true);
    const key = await folderKey(handle, passphrase).catch((error: unknown) => ({ ok: false as const, problems: [messageOf(error)] }));
    setBusy(false);
    if (!key.ok) return setProblems(key.problems);
    const record: FolderBackupRecord = {
      handle,
      key: key.key,
      computerName: computerName.trim(),
      status: { state: 'ok', at: new Date().toISOString() },
    };
    await saveFolderSettings(record);
    setProblems([]);
    onSaved(record);
  }

  return (
    <form class="toolbar" onSubmit={start}>
      <div class="field">
        Folder
        <button type="button" class="button button--secondary" onClick={choose}>
          {handle ? `“${handle.name}” (change)` : 'Choose folder…'}
        </button>
      </div>
      <label class="field">
        This computer's name
        <input value={computerName} maxLength={40} onInput={(e) => setComputerName(e.currentTarget.value)} />
      </label>
      <label class="field">
        Passphrase (at least 8 characters)
        <input type="password" autocomplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
      </label>
      <label class="field">
        Passphrase again
        <input type="password" autocomplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Checking…' : 'Start backing up'}
      </button>
      {problems.length > 0 && (
        <ul role="alert" class="bad">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
