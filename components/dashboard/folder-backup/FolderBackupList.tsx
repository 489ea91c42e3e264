import { useState } from 'preact/hooks';
import { listFolderBackups, type FolderBackup, type ReadableBackup } from '@/lib/ledger/folder-backup/listing';
import type { FolderBackupRecord } from '@/lib/ledger/folder-backup/record';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { folderIO } from './folder-access';
import { countsText, replaceFromFolder } from './folder-restore';
import { MergeView } from './MergeView';

const when = ({ writtenAt }: FolderBackup) =>
  `${writtenAt.slice(8, 10)}/${writtenAt.slice(5, 7)}/${writtenAt.slice(0, 4)} ${writtenAt.slice(11)}`;

/** "Restore from your backup folder": every backup the extension wrote there, newest first; each restores only on a click. */
export function FolderBackupList({ record, ledger, onChange }: { record: FolderBackupRecord; ledger: LedgerData; onChange: () => void }) {
  const [backups, setBackups] = useState<FolderBackup[] | null>(null);
  const [comparing, setComparing] = useState<ReadableBackup | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const list = () =>
    listFolderBackups(folderIO(record.handle), record.key)
      .then(setBackups)
      .catch((error: unknown) => setStatus(messageOf(error)));
  const restore = (backup: ReadableBackup) =>
    replaceFromFolder(backup.data, backup.changedAt)
      .then(() => setStatus(`Restored the backup of ${when(backup)} from ${backup.computer}: ${countsText(backup)}.`))
      .then(onChange)
      .catch((error: unknown) => setStatus(messageOf(error)));
  if (comparing)
    return (
      <MergeView
        ledger={ledger}
        backup={comparing}
        onDone={() => {
          setComparing(null);
          onChange();
        }}
      />
    );
  return (
    <>
      <button type="button" class="button button--secondary" onClick={list}>
        Restore from your backup folder
      </button>
      {status && <p role="status">{status}</p>}
      {backups?.length === 0 && <p>There are no Locum Ledger backups in this folder yet.</p>}
      {backups && backups.length > 0 && (
        <table aria-label="Backups in your folder">
          <thead>
            <tr>
              <th>Written</th>
              <th>Computer</th>
              <th>Contents</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name}>
                <td>{when(backup)}</td>
                <td>{backup.computer}</td>
                <td>{backup.ok ? countsText(backup) : <span class="bad">{backup.problem}</span>}</td>
                <td>
                  {backup.ok && (
                    <>
                      <button type="button" class="button" onClick={() => restore(backup)}>
                        Restore
                      </button>{' '}
                      <button type="button" class="button button--secondary" onClick={() => setComparing(backup)}>
                        Compare
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
