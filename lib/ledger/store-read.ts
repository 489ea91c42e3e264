import { WRITE_STORES, type LedgerDatabase } from './db';
import { keepReadable, keepReadableOne, problemWith, type Unreadable } from './readable';
import {
  DEFAULT_SETTINGS,
  LedgerStoreName,
  type LedgerData,
  type Profile,
  type Session,
  type SetAsideRecord,
  type Settings,
} from './schemas';
import { abortQuietly } from './write-transaction';

const STORE_ORDER = LedgerStoreName.options;

/** Oldest first, then in the order the ledger's stores are listed (practices, sessions, …), then by key. */
function inReadingOrder(records: SetAsideRecord[]): SetAsideRecord[] {
  return records.sort(
    (a, b) =>
      a.setAsideAt.localeCompare(b.setAsideAt) || STORE_ORDER.indexOf(a.store) - STORE_ORDER.indexOf(b.store) || a.key.localeCompare(b.key),
  );
}

/**
 * A session whose date is missing or not a valid key is left out of the date index, so it is looked for in the store
 * itself. Only unreadable ones are added: a good session found here was saved since, and the next read has it in order.
 */
async function withUnindexedSessions(db: LedgerDatabase, indexed: Session[]): Promise<unknown[]> {
  const ids = new Set(indexed.map((session) => session.id));
  const all: unknown[] = await db.getAll('sessions');
  return [...indexed, ...all.filter((session) => !ids.has((session as Session).id) && problemWith('sessions', session) !== undefined)];
}

/**
 * Moves unreadable records to the setAside store in one transaction: each is kept whole or stays where it was.
 * A record rewritten since it was read is left alone. When the move itself fails, the records are still reported
 * and left out, and the next read tries again.
 */
async function setAside(db: LedgerDatabase, unreadable: Unreadable[], clock: () => string): Promise<SetAsideRecord[]> {
  const records = unreadable.map(({ store, key, value, problem }) => ({
    id: crypto.randomUUID(),
    store,
    key: String(key).slice(0, 200),
    value,
    problem: problem.slice(0, 500),
    setAsideAt: clock(),
  }));
  const tx = db.transaction([...WRITE_STORES], 'readwrite');
  try {
    const moved: SetAsideRecord[] = [];
    for (const [i, { store, key }] of unreadable.entries()) {
      const objectStore = tx.objectStore(store);
      if (problemWith(store, await objectStore.get(key as never)) === undefined) continue;
      await tx.objectStore('setAside').put(records[i]!);
      await objectStore.delete(key as never);
      moved.push(records[i]!);
    }
    await tx.done;
    return moved;
  } catch {
    abortQuietly(tx);
    return records;
  }
}

/**
 * The ledger, every record checked against its schema. A record that does not fit is set aside (moved whole to the
 * setAside store, with its first problem) and left out, so one bad record never stops the rest from loading.
 * `damaged` says some were found, so the caller does not keep this read.
 */
export async function readLedger(db: LedgerDatabase, clock: () => string): Promise<{ ledger: LedgerData; damaged: boolean }> {
  const tx = db.transaction([...WRITE_STORES], 'readonly');
  const [
    practices,
    sessions,
    sessionCount,
    invoices,
    submissions,
    receipts,
    profile,
    settings,
    portalMappings,
    practiceInvoices,
    rateTables,
    pageKindAnswers,
    setAsideRecords,
  ] = await Promise.all([
    tx.objectStore('practices').getAll(),
    tx.objectStore('sessions').index('byDateWorked').getAll(),
    tx.objectStore('sessions').count(),
    tx.objectStore('invoices').getAll(),
    tx.objectStore('submissions').getAll(),
    tx.objectStore('receipts').getAll(),
    tx.objectStore('profile').get('me'),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('portalMappings').getAll(),
    tx.objectStore('practiceInvoices').getAll(),
    tx.objectStore('rateTables').getAll(),
    tx.objectStore('pageKindAnswers').getAll(),
    tx.objectStore('setAside').getAll(),
  ]);
  const unreadable: Unreadable[] = [];
  const data: LedgerData = {
    profile: keepReadableOne<Profile>('profile', 'me', profile, unreadable) ?? null,
    practices: keepReadable('practices', practices, unreadable),
    sessions: keepReadable('sessions', sessionCount === sessions.length ? sessions : await withUnindexedSessions(db, sessions), unreadable),
    invoices: keepReadable('invoices', invoices, unreadable),
    submissions: keepReadable('submissions', submissions, unreadable),
    receipts: keepReadable('receipts', receipts, unreadable),
    settings: keepReadableOne<Settings>('settings', 'settings', settings, unreadable) ?? DEFAULT_SETTINGS,
    portalMappings: keepReadable('portalMappings', portalMappings, unreadable),
    practiceInvoices: keepReadable('practiceInvoices', practiceInvoices, unreadable),
    rateTables: keepReadable('rateTables', rateTables, unreadable),
    pageKindAnswers: keepReadable('pageKindAnswers', pageKindAnswers, unreadable),
  };
  const moved = unreadable.length === 0 ? [] : await setAside(db, unreadable, clock);
  return { ledger: { ...data, setAside: inReadingOrder([...setAsideRecords, ...moved]) }, damaged: unreadable.length > 0 };
}
