import { useCallback, useEffect, useState } from 'preact/hooks';
import { readFolderSettings, updateFolderSettings } from '@/lib/ledger/folder-backup/folder-store';
import type { FolderBackupRecord } from '@/lib/ledger/folder-backup/record';
import { folderPermission } from './folder-access';
import { announceFolderChange, onFolderChange } from './folder-events';

const PAUSED_PROBLEM = 'The browser has withdrawn permission to write to your backup folder (it may, after a restart).';

/**
 * This computer's folder settings (null when none are set up), with the browser's permission checked on every read:
 * a withdrawn permission is recorded as paused, so the popup says so too, and nothing stops silently.
 */
export function useFolderRecord() {
  const [record, setRecord] = useState<FolderBackupRecord | null | undefined>(undefined);
  const reload = useCallback(async () => {
    const stored = (await readFolderSettings()) ?? null;
    if (stored && stored.status.state !== 'paused' && (await folderPermission(stored.handle)) !== 'granted') {
      setRecord(
        (await updateFolderSettings({ status: { state: 'paused', problem: PAUSED_PROBLEM, at: new Date().toISOString() } })) ?? null,
      );
      return;
    }
    setRecord(stored);
  }, []);
  useEffect(() => {
    void reload();
    const stop = onFolderChange(() => void reload());
    // Coming back to the tab after a while: the browser may have withdrawn the permission meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);
  const changed = useCallback((next: FolderBackupRecord | undefined) => {
    setRecord(next ?? null);
    announceFolderChange();
  }, []);
  return { record, changed };
}
