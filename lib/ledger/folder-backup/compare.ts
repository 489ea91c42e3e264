import type { LedgerData } from '../schemas';

/** The records a user recognises and compares by id (the issue: sessions, invoices, receipts). */
const COMPARED = ['sessions', 'invoices', 'receipts'] as const;
type ComparedCollection = (typeof COMPARED)[number];

export type CollectionDifference = {
  collection: ComparedCollection;
  onlyMine: string[];
  onlyTheirs: string[];
  /** Ids on both sides whose records differ. */
  changed: string[];
};

/** JSON with keys sorted, so a record read from the store and the same record read from a file compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function compareRecords(collection: ComparedCollection, mine: { id: string }[], theirs: { id: string }[]): CollectionDifference {
  const theirsById = new Map(theirs.map((record) => [record.id, record]));
  const mineIds = new Set(mine.map((record) => record.id));
  const changed = mine.filter((record) => {
    const other = theirsById.get(record.id);
    return other !== undefined && canonical(other) !== canonical(record);
  });
  return {
    collection,
    onlyMine: mine.filter((record) => !theirsById.has(record.id)).map((record) => record.id),
    onlyTheirs: theirs.filter((record) => !mineIds.has(record.id)).map((record) => record.id),
    changed: changed.map((record) => record.id),
  };
}

/** What each ledger has that the other lacks, and what both have but differently, by id. */
export function compareLedgers(mine: LedgerData, theirs: LedgerData): CollectionDifference[] {
  return COMPARED.map((collection) => compareRecords(collection, mine[collection], theirs[collection]));
}

export const noDifference = (differences: CollectionDifference[]) =>
  differences.every((d) => d.onlyMine.length === 0 && d.onlyTheirs.length === 0 && d.changed.length === 0);
