import { forgetFolderSettings } from '@/lib/ledger/folder-backup/folder-store';
import type { LedgerData } from '@/lib/ledger/schemas';
import { folderBackupsSupported } from './folder-access';
import { FolderBackupList } from './FolderBackupList';
import { FolderSetupForm } from './FolderSetupForm';
import { useFolderRecord } from './use-folder-record';

const stamp = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' });

/** Settings → "Keep backups in a folder": set up, see how it is going, stop, and restore from the folder. */
export function FolderBackupPanel({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const { record, changed } = useFolderRecord();
  return (
    <section class="card" aria-labelledby="folder-backup-heading">
      <h2 id="folder-backup-heading">Keep backups in a folder</h2>
      {!folderBackupsSupported() ? (
        <p>
          This browser cannot let an extension keep writing to a folder you choose (Chrome and Edge can; Firefox cannot). Use “Download
          backup” above, and the reminders will tell you when one is due.
        </p>
      ) : (
        <>
          <p class="muted">
            While the dashboard is open, an encrypted backup is written to the folder shortly after each change and once a day. A folder
            your cloud storage syncs (OneDrive, Dropbox, iCloud Drive, Google Drive) keeps it on your other computers too. The last 10 and
            one a month for a year are kept; nothing else in the folder is touched.
          </p>
          {record === null && <FolderSetupForm onSaved={changed} />}
          {record && (
            <>
              <p role="status">
                Backing up to “{record.handle.name}” as “{record.computerName}”.{' '}
                {record.lastWrittenAt ? `Last written ${stamp(record.lastWrittenAt)}.` : 'No backup written yet.'}{' '}
                {record.status.state !== 'ok' && (
                  <strong class="bad">{record.status.state === 'paused' ? 'Backups paused.' : record.status.problem}</strong>
                )}
              </p>
              <div class="toolbar">
                <FolderBackupList record={record} ledger={ledger} onChange={onChange} />
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => forgetFolderSettings().then(() => changed(undefined))}
                >
                  Stop backing up to this folder
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
