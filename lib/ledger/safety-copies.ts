import type { LedgerDatabase } from './db';
import { SafetyCopy, type SafetyCopyNote, type SafetyCopyReason } from './safety-copy-schema';
import type { LedgerData } from './schemas';
import { LedgerWriteError } from './write-transaction';

/**
 * Copies kept at most. Each is a whole ledger (up to the 20 MB of a backup), so only the last few are kept; the
 * dashboard offers Undo for the newest one, and only on the day it was taken.
 */
const COPIES_KEPT = 3;

export const SAFETY_COPY_GONE = 'That automatic copy is no longer kept, so the ledger was not changed.';

const noteOf = ({ id, takenAt, reason }: SafetyCopy): SafetyCopyNote => ({ id, takenAt, reason });

/** Keeps `ledger` as a safety copy, and lets the oldest copies go beyond the last few, in one transaction. */
export async function keepSafetyCopy(
  db: LedgerDatabase,
  ledger: LedgerData,
  reason: SafetyCopyReason,
  clock: () => string,
): Promise<SafetyCopyNote> {
  const takenAt = clock();
  // Records set aside are never cleared by a restore (replace-ledger.ts), so the copy need not carry them.
  const { setAside: _kept, ...data } = ledger;
  const copy: SafetyCopy = { id: `${takenAt}-${crypto.randomUUID()}`, takenAt, reason, data };
  const tx = db.transaction('safetyCopies', 'readwrite');
  await tx.store.put(copy);
  const keys = await tx.store.getAllKeys();
  for (const key of keys.slice(0, Math.max(0, keys.length - COPIES_KEPT))) await tx.store.delete(key);
  await tx.done;
  return noteOf(copy);
}

/** The newest copy's note, or null when none is kept (or it no longer fits its schema, so it could not be put back). */
export async function latestSafetyCopy(db: LedgerDatabase): Promise<SafetyCopyNote | null> {
  const cursor = await db.transaction('safetyCopies').store.openCursor(null, 'prev');
  const copy = SafetyCopy.safeParse(cursor?.value);
  return copy.success ? noteOf(copy.data) : null;
}

/** The ledger kept in the copy with this id; refuses one that is gone or damaged, so Undo never writes a guess. */
export async function safetyCopyData(db: LedgerDatabase, id: string): Promise<LedgerData> {
  const copy = SafetyCopy.safeParse(await db.get('safetyCopies', id));
  if (!copy.success) throw new LedgerWriteError(SAFETY_COPY_GONE);
  return copy.data.data;
}

export async function dropSafetyCopy(db: LedgerDatabase, id: string): Promise<void> {
  await db.delete('safetyCopies', id);
}
