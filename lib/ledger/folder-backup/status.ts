import { readFolderSettings } from './folder-store';

/** What the popup shows about folder backups; read by the background for the popup's folder-backup/status message. */
export type FolderBackupStatus = { configured: false } | { configured: true; paused: boolean; problem?: string; lastWrittenAt?: string };

type MaybePermission = { queryPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState> };

/** Where the browser lets the background ask (Chromium exposes FileSystemHandle to workers), a withdrawn permission shows at once. */
async function permissionWithdrawn(handle: unknown): Promise<boolean> {
  const { queryPermission } = handle as MaybePermission;
  if (typeof queryPermission !== 'function') return false;
  try {
    return (await queryPermission.call(handle, { mode: 'readwrite' })) !== 'granted';
  } catch {
    return false;
  }
}

export async function folderBackupStatus(): Promise<FolderBackupStatus> {
  const record = await readFolderSettings();
  if (!record) return { configured: false };
  const paused = record.status.state === 'paused' || (await permissionWithdrawn(record.handle));
  return {
    configured: true,
    paused,
    ...(record.status.problem ? { problem: record.status.problem } : {}),
    ...(record.lastWrittenAt ? { lastWrittenAt: record.lastWrittenAt } : {}),
  };
}
