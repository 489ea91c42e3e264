import { useEffect, useRef } from 'preact/hooks';
import type { FolderBackupRecord } from '@/lib/ledger/folder-backup/record';
import type { LedgerData } from '@/lib/ledger/schemas';
import { testFaults } from './test-hook';
import { writeFolderBackup } from './write-backup';

/** Long enough that a run of edits makes one backup, short enough that closing the tab soon after rarely loses one. */
const DEBOUNCE_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const dueDaily = (record: FolderBackupRecord, now: number) => !record.lastWrittenAt || now - Date.parse(record.lastWrittenAt) >= DAY_MS;

/**
 * While the dashboard is open: a backup shortly after each change of the ledger, and one a day. Paused (the browser
 * withdrew permission) writes nothing until the user allows it again; a failed write is tried again at the next change.
 */
export function useFolderSchedule(
  record: FolderBackupRecord | null | undefined,
  ledger: LedgerData | null,
  changed: (next: FolderBackupRecord) => void,
) {
  const latest = useRef({ record, ledger });
  latest.current = { record, ledger };
  const active = record && record.status.state !== 'paused' && ledger;
  const write = async () => {
    const { record: now, ledger: data } = latest.current;
    if (now && data && now.status.state !== 'paused') changed(await writeFolderBackup(now, data));
  };
  const lastChangeAt = ledger?.settings.lastChangeAt;
  const writtenAt = record?.lastWrittenAt;
  useEffect(() => {
    if (!active || !lastChangeAt || (writtenAt && writtenAt >= lastChangeAt)) return;
    const timer = setTimeout(() => void write(), testFaults().debounceMs ?? DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [active, lastChangeAt]);
  useEffect(() => {
    if (!active) return;
    const check = () => latest.current.record && dueDaily(latest.current.record, Date.now()) && void write();
    check();
    const timer = setInterval(check, HOUR_MS);
    return () => clearInterval(timer);
  }, [active]);
  return write;
}
