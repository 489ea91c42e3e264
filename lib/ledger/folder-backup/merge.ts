import type { LedgerData } from '../schemas';
import { canonical } from './compare';

/** One side of a merge: a ledger and when it last changed (its settings' lastChangeAt, or when the backup was written). */
export type MergeSide = { data: LedgerData; changedAt: string };

/** A record both sides had, differently: the version kept, and which side's version was left out. */
type Overridden = { collection: string; id: string; kept: 'mine' | 'theirs' };

export type MergeResult = { data: LedgerData; overridden: Overridden[] };

type Keyed = Record<string, unknown>;

/** When a record itself says it was last changed: a submission's update, an answer to "What is this page?". */
function timeOf(record: Keyed): string | undefined {
  const time = record.updatedAt ?? record.answeredAt;
  return typeof time === 'string' ? time : undefined;
}

/**
 * Union by key; for a key on both sides with different records the later change wins. Records carry no time of their
 * own except submissions (updatedAt) and answers (answeredAt), so otherwise the side that changed later wins, and the
 * other version is listed.
 */
function unionBy<T extends Keyed>(
  collection: string,
  key: keyof T & string,
  mine: T[],
  theirs: T[],
  mineIsLater: boolean,
  overridden: Overridden[],
): T[] {
  const merged = new Map<unknown, T>(mine.map((record) => [record[key], record]));
  for (const other of theirs) {
    const own = merged.get(other[key]);
    if (own === undefined) {
      merged.set(other[key], other);
      continue;
    }
    if (canonical(own) === canonical(other)) continue;
    const ownTime = timeOf(own);
    const otherTime = timeOf(other);
    const keepMine = ownTime && otherTime && ownTime !== otherTime ? ownTime > otherTime : mineIsLater;
    if (!keepMine) merged.set(other[key], other);
    overridden.push({ collection, id: String(other[key]), kept: keepMine ? 'mine' : 'theirs' });
  }
  return [...merged.values()];
}

/** Merges two ledgers by record. Pure: what it returns is only offered to the user, who confirms before it is written. */
export function mergeByRecord(mine: MergeSide, theirs: MergeSide): MergeResult {
  const mineIsLater = mine.changedAt >= theirs.changedAt;
  const overridden: Overridden[] = [];
  const by = <T extends Keyed>(collection: string, key: keyof T & string, a: T[] | undefined, b: T[] | undefined) =>
    unionBy(collection, key, a ?? [], b ?? [], mineIsLater, overridden);
  const [a, b] = [mine.data, theirs.data];
  const later = mineIsLater ? a : b;
  const data: LedgerData = {
    profile: later.profile ?? (mineIsLater ? b.profile : a.profile),
    practices: by('practices', 'id', a.practices, b.practices),
    sessions: by('sessions', 'id', a.sessions, b.sessions),
    invoices: by('invoices', 'id', a.invoices, b.invoices),
    submissions: by('submissions', 'id', a.submissions, b.submissions),
    receipts: by('receipts', 'id', a.receipts, b.receipts),
    settings: { ...later.settings, lastChangeAt: mineIsLater ? mine.changedAt : theirs.changedAt },
    portalMappings: by('portalMappings', 'id', a.portalMappings, b.portalMappings),
    practiceInvoices: by('practiceInvoices', 'id', a.practiceInvoices, b.practiceInvoices),
    rateTables: by('rateTables', 'schemeYear', a.rateTables, b.rateTables),
    pageKindAnswers: by('pageKindAnswers', 'fingerprint', a.pageKindAnswers, b.pageKindAnswers),
    setAside: by('setAside', 'id', a.setAside, b.setAside),
  };
  return { data, overridden };
}
