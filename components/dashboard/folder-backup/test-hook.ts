import { TEST_BUILD } from '@/lib/shared/build-mode';

/**
 * Test builds only (TEST_BUILD is false in production, so the bundler drops all of this): end-to-end tests cannot
 * press the system folder picker, so they hand over a directory of the origin-private file system instead, and
 * simulate what a real disk and browser do that OPFS will not (a withdrawn permission, a full disk).
 */
type FolderTestHook = {
  /** Given to "Choose folder" instead of showDirectoryPicker's answer. */
  folder?: FileSystemDirectoryHandle;
};
/** Kept in the page's localStorage so it holds across reloads, as a browser's withdrawn permission does. */
type FolderTestFaults = { permission?: PermissionState; failWrites?: string; debounceMs?: number };

const FAULTS_KEY = 'locum-ledger-test-folder-faults';

export function testFolder(): FileSystemDirectoryHandle | undefined {
  return TEST_BUILD ? (globalThis as { __locumLedgerFolderTest?: FolderTestHook }).__locumLedgerFolderTest?.folder : undefined;
}

export function testFaults(): FolderTestFaults {
  if (!TEST_BUILD) return {};
  try {
    return JSON.parse(localStorage.getItem(FAULTS_KEY) ?? '{}') as FolderTestFaults;
  } catch {
    return {};
  }
}

/** "Allow again" in a test build: the simulated permission is granted, as a click on the browser's prompt would. */
export function grantTestPermission(): void {
  const faults = testFaults();
  if (!TEST_BUILD || faults.permission === undefined) return;
  localStorage.setItem(FAULTS_KEY, JSON.stringify({ ...faults, permission: 'granted' }));
}
