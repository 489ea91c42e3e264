import type { LedgerData } from './schemas';

/** The records a restore summary counts: what a locum would miss first. */
const COUNTED = [
  { key: 'sessions', one: 'session', many: 'sessions' },
  { key: 'practices', one: 'practice', many: 'practices' },
  { key: 'receipts', one: 'receipt', many: 'receipts' },
] as const;

type Counted = (typeof COUNTED)[number]['key'];
type LedgerCounts = Record<Counted, number>;

/** What restoring a backup would do: what the backup holds, what the ledger holds now, and what of the ledger the backup lacks (by id). */
export type RestoreSummary = { exportedAt: string; backup: LedgerCounts; now: LedgerCounts; notInBackup: LedgerCounts };

const countsOf = (data: LedgerData): LedgerCounts => Object.fromEntries(COUNTED.map(({ key }) => [key, data[key].length])) as LedgerCounts;

export function summariseRestore(backup: LedgerData, exportedAt: string, now: LedgerData): RestoreSummary {
  const missing = (key: Counted) => {
    const inBackup = new Set(backup[key].map((record) => record.id));
    return now[key].filter((record) => !inBackup.has(record.id)).length;
  };
  return {
    exportedAt,
    backup: countsOf(backup),
    now: countsOf(now),
    notInBackup: Object.fromEntries(COUNTED.map(({ key }) => [key, missing(key)])) as LedgerCounts,
  };
}

const counted = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const listed = (counts: LedgerCounts) => COUNTED.map(({ key, one, many }) => counted(counts[key], one, many)).join(', ');

/** dd/mm/yyyy hh:mm in England's time, as the backup reminder and UK users read it. */
export function ukDateTime(timestamp: string): string {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' });
  return format.format(new Date(timestamp)).replace(',', '');
}

/** The summary in two sentences, e.g. "Backup of 06/12/2026 14:02: 5 sessions, …" and "Your ledger now: … — 1 session in your ledger is not in the backup." */
export function describeRestore(summary: RestoreSummary): { backup: string; now: string } {
  const lacking = COUNTED.filter(({ key }) => summary.notInBackup[key] > 0).map(({ key, one, many }) => {
    const n = summary.notInBackup[key];
    return `${counted(n, one, many)} in your ledger ${n === 1 ? 'is' : 'are'} not in the backup`;
  });
  const loss = lacking.length > 0 ? lacking.join(', ') : 'everything in your ledger is also in the backup';
  return {
    backup: `Backup of ${ukDateTime(summary.exportedAt)}: ${listed(summary.backup)}.`,
    now: `Your ledger now: ${listed(summary.now)} — ${loss}.`,
  };
}
