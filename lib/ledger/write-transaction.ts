import type { IDBPTransaction, StoreNames } from 'idb';
import { InputError } from '../shared/validation';
import { messageOf } from '../shared/message-of';
import { WRITE_STORES, type LedgerDatabase, type LedgerSchema } from './db';
import { DEFAULT_SETTINGS } from './schemas';

/** A write the store refused or could not make; the message says why in plain English, and nothing was changed. */
export class LedgerWriteError extends Error {
  override name = 'LedgerWriteError';
}

function explain(error: unknown): LedgerWriteError {
  if (error instanceof LedgerWriteError) return error;
  if (error instanceof InputError) return new LedgerWriteError(error.message);
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new LedgerWriteError('Your browser has no room left for the ledger. Free some disk space, then try again; nothing was changed.');
  }
  return new LedgerWriteError(`The ledger could not be saved (${messageOf(error)}); nothing was changed.`);
}

export type WriteTx = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'readwrite'>;

/** Undoes everything the transaction did, so a failure part-way commits nothing. */
export function abortQuietly(tx: WriteTx): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by IndexedDB itself: nothing was committed either way.
  }
}

/**
 * Queues a transaction's requests at once and waits for them all: IndexedDB runs them in order, and awaiting each of
 * 10,000 puts in turn would cost a trip through the event loop per record. When one fails, or queuing stops part-way,
 * the transaction aborts and the others reject with it: expected, so handled here rather than left unhandled.
 */
export async function queueTogether(queue: (add: (request: Promise<unknown>) => void) => void): Promise<void> {
  const requests: Promise<unknown>[] = [];
  queue((request) => {
    request.catch(() => undefined);
    requests.push(request);
  });
  await Promise.all(requests);
}

/**
 * Runs `work` in one read-write transaction over the whole ledger, aborted whole on any failure, which is thrown as a
 * LedgerWriteError. `stampChangeAt`, when given, records when ledger data last changed, for the backup reminder.
 */
export async function inOneTransaction<T>(db: LedgerDatabase, work: (tx: WriteTx) => Promise<T>, stampChangeAt?: () => string): Promise<T> {
  let tx: WriteTx | undefined;
  try {
    tx = db.transaction([...WRITE_STORES], 'readwrite');
    const result = await work(tx);
    if (stampChangeAt) {
      const settings = tx.objectStore('settings');
      await settings.put({ ...DEFAULT_SETTINGS, ...(await settings.get('settings')), lastChangeAt: stampChangeAt() }, 'settings');
    }
    await tx.done;
    return result;
  } catch (error) {
    if (tx) abortQuietly(tx);
    throw explain(error);
  }
}
