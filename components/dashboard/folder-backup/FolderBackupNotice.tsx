import { useState } from 'preact/hooks';
import type { LedgerData } from '@/lib/ledger/schemas';
import { updateFolderSettings } from '@/lib/ledger/folder-backup/folder-store';
import { describeRestore, summariseRestore } from '@/lib/ledger/restore-summary';
import { messageOf } from '@/lib/shared/message-of';
import { askFolderPermission } from './folder-access';
import { backupLabel, replaceFromFolder } from './folder-restore';
import { MergeView } from './MergeView';
import { useFolderOffer } from './use-folder-offer';
import { useFolderRecord } from './use-folder-record';
import { useFolderSchedule } from './use-folder-schedule';

/** The same summary a restore from a file shows: what the backup holds, what the ledger holds, and what would go. */
function summaryText(backup: LedgerData, exportedAt: string, ledger: LedgerData): string {
  const { backup: held, now } = describeRestore(summariseRestore(backup, exportedAt, ledger));
  return `${held} ${now}`;
}

/**
 * Mounted once on the dashboard: runs the folder backups while it is open, and says when they are paused or failing,
 * or when the folder holds another computer's newer backup. Never changes the ledger without the user's click.
 */
export function FolderBackupNotice({ ledger, onRestored }: { ledger: LedgerData | null; onRestored: () => void }) {
  const { record, changed } = useFolderRecord();
  const write = useFolderSchedule(record, ledger, changed);
  const { offer, dismiss } = useFolderOffer(record, ledger);
  const [comparing, setComparing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!record || !ledger) return null;

  async function allowAgain() {
    if (!record || (await askFolderPermission(record.handle)) !== 'granted') return;
    changed(await updateFolderSettings({ status: { state: 'ok', at: new Date().toISOString() } }));
    await write();
  }
  async function restore() {
    if (offer.kind === 'none') return;
    try {
      await replaceFromFolder(offer.backup.data, offer.backup.changedAt);
      dismiss();
      onRestored();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }
  const done = () => {
    setComparing(false);
    dismiss();
    onRestored();
  };

  return (
    <>
      {record.status.state === 'paused' && (
        <div class="banner" role="alert">
          <span>
            <strong>Backups paused — allow again.</strong> The browser needs your permission to keep writing backups to “
            {record.handle.name}”.
          </span>
          <button type="button" class="button" onClick={allowAgain}>
            Allow again
          </button>
        </div>
      )}
      {record.status.state === 'failed' && (
        <p class="banner" role="alert">
          {record.status.problem} <a href="#settings">Backup folder settings</a>
        </p>
      )}
      {problem && (
        <p role="alert" class="bad">
          {problem}
        </p>
      )}
      {offer.kind !== 'none' && !comparing && (
        <div class="banner" role="status">
          <span>
            {offer.kind === 'newer'
              ? `Your backup folder holds a newer backup: ${backupLabel(offer.backup)}. ${summaryText(offer.backup.data, offer.backup.exportedAt, ledger)}`
              : `This computer and ${offer.backup.computer} have both changed since they last agreed (backup of ${backupLabel(offer.backup)}).`}
          </span>
          {offer.kind === 'newer' && (
            <button type="button" class="button" onClick={restore}>
              Restore
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={() => setComparing(true)}>
            Compare
          </button>
        </div>
      )}
      {offer.kind !== 'none' && comparing && <MergeView ledger={ledger} backup={offer.backup} onDone={done} />}
    </>
  );
}
