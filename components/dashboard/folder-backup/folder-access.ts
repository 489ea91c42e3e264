import type { FolderReader } from '@/lib/ledger/folder-backup/listing';
import { grantTestPermission, testFaults, testFolder } from './test-hook';

/**
 * The File System Access API (Chrome and Edge; https://wicg.github.io/file-system-access/). It is a window API, so
 * it runs here in the dashboard and never in the service worker. TypeScript's DOM types do not have its permission
 * calls or the picker yet, hence the small types below.
 */
type PermissionHandle = FileSystemDirectoryHandle & {
  queryPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>;
};
type PickerWindow = { showDirectoryPicker?: (options: { id: string; mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle> };

/** Firefox has no folder picker for extensions, so there the panel says so and the manual backup stays. */
export const folderBackupsSupported = (): boolean =>
  typeof (globalThis as PickerWindow).showDirectoryPicker === 'function' || testFolder() !== undefined;

export async function pickFolder(): Promise<FileSystemDirectoryHandle> {
  const test = testFolder();
  if (test) return test;
  return (globalThis as PickerWindow).showDirectoryPicker!({ id: 'locum-ledger-backups', mode: 'readwrite' });
}

export async function folderPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  const simulated = testFaults().permission;
  if (simulated) return simulated;
  const { queryPermission } = handle as PermissionHandle;
  return queryPermission ? queryPermission.call(handle, { mode: 'readwrite' }) : 'granted';
}

/** Needs the user's click: the browser only shows its prompt during one. */
export async function askFolderPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  if (testFaults().permission) {
    grantTestPermission();
    return 'granted';
  }
  const { requestPermission } = handle as PermissionHandle;
  return requestPermission ? requestPermission.call(handle, { mode: 'readwrite' }) : 'granted';
}

/** What writing to the folder needs beyond reading it. */
export type FolderIO = FolderReader & { write(name: string, text: string): Promise<void>; remove(name: string): Promise<void> };

export function folderIO(handle: FileSystemDirectoryHandle): FolderIO {
  return {
    async names() {
      const names: string[] = [];
      for await (const [name, entry] of handle as unknown as AsyncIterable<[string, FileSystemHandle]>)
        if (entry.kind === 'file') names.push(name);
      return names;
    },
    size: async (name) => (await (await handle.getFileHandle(name)).getFile()).size,
    read: async (name) => (await (await handle.getFileHandle(name)).getFile()).text(),
    async write(name, text) {
      const failure = testFaults().failWrites;
      if (failure) throw new DOMException('Simulated by the test build', failure);
      const writable = await (await handle.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(text);
        await writable.close();
      } catch (error) {
        // Until close() the browser writes to a swap file: abort throws it away, so no half-written backup is left.
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
    remove: (name) => handle.removeEntry(name),
  };
}

/** What went wrong with the folder, in the user's words; says the ledger is untouched, since only the folder was written to. */
export function folderProblem(error: unknown): { paused: boolean; problem: string } {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return { paused: true, problem: 'The browser has withdrawn permission to write to your backup folder.' };
  if (name === 'QuotaExceededError')
    return {
      paused: false,
      problem:
        'The disk holding your backup folder is full, so the latest backup was not written. Your ledger is unchanged; free some space and it is written at the next change.',
    };
  if (name === 'NotFoundError')
    return {
      paused: false,
      problem:
        'Your backup folder was not found: it may have been moved, renamed or deleted. Your ledger is unchanged; choose the folder again.',
    };
  return {
    paused: false,
    problem: `The backup could not be written to your folder (${error instanceof Error ? error.message : String(error)}). Your ledger is unchanged.`,
  };
}
