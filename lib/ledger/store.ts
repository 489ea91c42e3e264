import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { InputError, parseInput } from '../shared/validation';
import { ALL_STORES, RECORD_STORES, WRITE_STORES, type LedgerDatabase, type LedgerSchema } from './db';
import { keepReadable, keepReadableOne, problemWith, type Unreadable } from './readable';
import { DEFAULT_SETTINGS, Invoice, LedgerData, LedgerStoreName, Practice, PracticeInvoice, Profile, Receipt, Session, Settings, Submission, type SetAsideRecord } from './schemas';
import { PortalMapping } from '../shared/records';
import { messageOf } from '../shared/message-of';

const STORE_ORDER = LedgerStoreName.options;

/** Oldest first, then in the order the ledger's stores are listed (practices, sessions, …), then by key. */
function inReadingOrder(records: SetAsideRecord[]): SetAsideRecord[] {
  return records.sort(
    (a, b) => a.setAsideAt.localeCompare(b.setAsideAt) || STORE_ORDER.indexOf(a.store) - STORE_ORDER.indexOf(b.store) || a.key.localeCompare(b.key),
  );
}

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

type WriteTx = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'readwrite'>;

/** Undoes everything the transaction did, so a failure part-way commits nothing. */
function abortQuietly(tx: WriteTx): void {
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
async function queueTogether(queue: (add: (request: Promise<unknown>) => void) => void): Promise<void> {
  const requests: Promise<unknown>[] = [];
  queue((request) => {
    request.catch(() => undefined);
    requests.push(request);
  });
  await Promise.all(requests);
}

/** The ledger's reads and writes. Every write validates first and is one IndexedDB transaction, aborted whole on any failure. */
export class LedgerStore {
  constructor(
    private readonly db: LedgerDatabase,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  /** The last read, kept until the next write: opening the popup or dashboard again costs no trip to IndexedDB. */
  private cached: Promise<LedgerData> | undefined;

  /**
   * The ledger, as last read since the last write. Every write goes through this store and forgets it; a read made
   * during a write is not kept, since it may have started before the write. Callers share the result: read only.
   */
  read(): Promise<LedgerData> {
    if (this.cached) return this.cached;
    const forget = () => {
      if (this.cached === reading) this.cached = undefined;
    };
    // A read that found damaged records is not kept: the next one checks that they were moved, or tries again.
    const reading: Promise<LedgerData> = this.readRecords().then(({ ledger, damaged }) => {
      if (damaged) forget();
      return ledger;
    });
    this.cached = reading;
    reading.catch(forget);
    return reading;
  }

  /**
   * The ledger, every record checked against its schema. A record that does not fit is set aside (moved whole to the
   * setAside store, with its first problem) and left out, so one bad record never stops the rest from loading.
   */
  private async readRecords(): Promise<{ ledger: LedgerData; damaged: boolean }> {
    const tx = this.db.transaction([...WRITE_STORES], 'readonly');
    const [practices, sessions, sessionCount, invoices, submissions, receipts, profile, settings, portalMappings, practiceInvoices, setAside] = await Promise.all([
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
      tx.objectStore('setAside').getAll(),
    ]);
    const unreadable: Unreadable[] = [];
    const data: LedgerData = {
      profile: keepReadableOne<Profile>('profile', 'me', profile, unreadable) ?? null,
      practices: keepReadable('practices', practices, unreadable),
      sessions: keepReadable('sessions', sessionCount === sessions.length ? sessions : await this.withUnindexedSessions(sessions), unreadable),
      invoices: keepReadable('invoices', invoices, unreadable),
      submissions: keepReadable('submissions', submissions, unreadable),
      receipts: keepReadable('receipts', receipts, unreadable),
      settings: keepReadableOne<Settings>('settings', 'settings', settings, unreadable) ?? DEFAULT_SETTINGS,
      portalMappings: keepReadable('portalMappings', portalMappings, unreadable),
      practiceInvoices: keepReadable('practiceInvoices', practiceInvoices, unreadable),
    };
    const moved = unreadable.length === 0 ? [] : await this.setAside(unreadable);
    return { ledger: { ...data, setAside: inReadingOrder([...setAside, ...moved]) }, damaged: unreadable.length > 0 };
  }

  /**
   * A session whose date is missing or not a valid key is left out of the date index, so it is looked for in the store
   * itself. Only unreadable ones are added: a good session found here was saved since, and the next read has it in order.
   */
  private async withUnindexedSessions(indexed: Session[]): Promise<unknown[]> {
    const ids = new Set(indexed.map((session) => session.id));
    const all: unknown[] = await this.db.getAll('sessions');
    return [...indexed, ...all.filter((session) => !ids.has((session as Session).id) && problemWith('sessions', session) !== undefined)];
  }

  /**
   * Moves unreadable records to the setAside store in one transaction: each is kept whole or stays where it was.
   * A record rewritten since it was read is left alone. When the move itself fails, the records are still reported
   * and left out, and the next read tries again.
   */
  private async setAside(unreadable: Unreadable[]): Promise<SetAsideRecord[]> {
    const records = unreadable.map(({ store, key, value, problem }) => ({
      id: crypto.randomUUID(),
      store,
      key: String(key).slice(0, 200),
      value,
      problem: problem.slice(0, 500),
      setAsideAt: this.clock(),
    }));
    const tx = this.db.transaction([...WRITE_STORES], 'readwrite');
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

  /** Removes records set aside, once the user has downloaded them or decided they are not wanted. */
  discardSetAside(ids: string[]): Promise<void> {
    return this.write(async (tx) => {
      for (const id of ids) await tx.objectStore('setAside').delete(id);
    }, false);
  }

  /** One read-write transaction over the whole ledger. `stampChange` records when ledger data last changed, for the backup reminder. */
  private async write<T>(work: (tx: WriteTx) => Promise<T>, stampChange = true): Promise<T> {
    let tx: WriteTx | undefined;
    this.cached = undefined;
    try {
      tx = this.db.transaction([...WRITE_STORES], 'readwrite');
      const result = await work(tx);
      if (stampChange) {
        const settings = tx.objectStore('settings');
        await settings.put({ ...DEFAULT_SETTINGS, ...(await settings.get('settings')), lastChangeAt: this.clock() }, 'settings');
      }
      await tx.done;
      return result;
    } catch (error) {
      if (tx) abortQuietly(tx);
      throw explain(error);
    } finally {
      this.cached = undefined;
    }
  }

  saveSession(value: Session): Promise<Session> {
    return this.write(async (tx) => {
      const session = parseInput(Session, value, 'Saving the session');
      if (!(await tx.objectStore('practices').get(session.practiceId))) throw new LedgerWriteError('Choose a practice from your list before saving the session.');
      await tx.objectStore('sessions').put(session);
      return session;
    });
  }

  /** Saves many sessions at once, with any new practices and invoices, all or none (a CSV import, Undo of a delete). */
  saveSessions(values: Session[], practices: Practice[] = [], invoices: Invoice[] = []): Promise<Session[]> {
    return this.write(async (tx) => {
      const sessions = values.map((value, i) => parseInput(Session, value, `Saving session ${i + 1}`));
      const newPractices = practices.map((practice) => parseInput(Practice, practice, 'Saving the practice'));
      const newInvoices = invoices.map((invoice) => parseInput(Invoice, invoice, 'Saving the invoice'));
      const known = new Set<string>([...(await tx.objectStore('practices').getAllKeys()), ...newPractices.map((practice) => practice.id)]);
      const orphan = sessions.find((session) => !known.has(session.practiceId));
      if (orphan) throw new LedgerWriteError(`Session on ${orphan.dateWorked} names a practice that is not in your list.`);
      await queueTogether((add) => {
        for (const practice of newPractices) add(tx.objectStore('practices').put(practice));
        for (const invoice of newInvoices) add(tx.objectStore('invoices').put(invoice));
        for (const session of sessions) add(tx.objectStore('sessions').put(session));
      });
      return sessions;
    });
  }

  savePractice(value: Practice): Promise<Practice> {
    return this.write(async (tx) => {
      const practice = parseInput(Practice, value, 'Saving the practice');
      await tx.objectStore('practices').put(practice);
      return practice;
    });
  }

  /** Invoices and the sessions they now hold, together: a payment is recorded whole or not at all. */
  saveInvoicesAndSessions(invoiceValues: Invoice[], sessionValues: Session[]): Promise<Invoice[]> {
    return this.write(async (tx) => {
      const invoices = invoiceValues.map((value) => parseInput(Invoice, value, 'Saving the invoice'));
      const sessions = sessionValues.map((value) => parseInput(Session, value, 'Saving the session'));
      for (const invoice of invoices) await tx.objectStore('invoices').put(invoice);
      for (const session of sessions) await tx.objectStore('sessions').put(session);
      return invoices;
    });
  }

  saveSubmission(value: Submission): Promise<Submission> {
    return this.write(async (tx) => {
      const submission = parseInput(Submission, value, 'Saving the submission');
      await tx.objectStore('submissions').put(submission);
      return submission;
    });
  }

  saveReceipt(value: Receipt): Promise<Receipt> {
    return this.write(async (tx) => {
      const receipt = parseInput(Receipt, value, 'Saving the receipt');
      await tx.objectStore('receipts').put(receipt);
      return receipt;
    });
  }

  saveProfile(value: Profile): Promise<Profile> {
    return this.write(async (tx) => {
      const profile = parseInput(Profile, value, 'Saving your profile');
      await tx.objectStore('profile').put(profile, 'me');
      return profile;
    });
  }

  saveSettings(value: Settings): Promise<Settings> {
    return this.write(async (tx) => {
      const settings = parseInput(Settings, value, 'Saving settings');
      await tx.objectStore('settings').put(settings, 'settings');
      return settings;
    }, false);
  }

  /** The submission and its receipt together: a captured confirmation is kept whole or not at all. */
  saveSubmissionAndReceipt(submissionValue: Submission, receiptValue: Receipt): Promise<Receipt> {
    return this.write(async (tx) => {
      const submission = parseInput(Submission, submissionValue, 'Saving the submission');
      const receipt = parseInput(Receipt, receiptValue, 'Saving the receipt');
      await tx.objectStore('submissions').put(submission);
      await tx.objectStore('receipts').put(receipt);
      return receipt;
    });
  }

  /** Statuses read from a PCSE list page, applied together. */
  saveSubmissions(values: Submission[]): Promise<Submission[]> {
    return this.write(async (tx) => {
      const submissions = values.map((value) => parseInput(Submission, value, 'Saving the submission'));
      for (const submission of submissions) await tx.objectStore('submissions').put(submission);
      return submissions;
    });
  }

  savePortalMapping(value: PortalMapping): Promise<PortalMapping> {
    return this.write(async (tx) => {
      const mapping = parseInput(PortalMapping, value, 'Saving the taught field');
      await tx.objectStore('portalMappings').put(mapping);
      return mapping;
    });
  }

  /** Replaces the taught fields with a shared portal profile, all or none. */
  replacePortalMappings(values: PortalMapping[]): Promise<PortalMapping[]> {
    return this.write(async (tx) => {
      const mappings = values.map((value, i) => parseInput(PortalMapping, value, `Portal profile field ${i + 1}`));
      await tx.objectStore('portalMappings').clear();
      for (const mapping of mappings) await tx.objectStore('portalMappings').put(mapping);
      return mappings;
    });
  }

  deletePortalMappings(ids: string[]): Promise<void> {
    return this.write(async (tx) => {
      for (const id of ids) await tx.objectStore('portalMappings').delete(id);
    });
  }

  savePracticeInvoice(value: PracticeInvoice): Promise<PracticeInvoice> {
    return this.write(async (tx) => {
      const invoice = parseInput(PracticeInvoice, value, 'Saving the locum invoice');
      if (invoice.lastDay < invoice.firstDay) throw new LedgerWriteError('The last day worked is before the first day worked.');
      await tx.objectStore('practiceInvoices').put(invoice);
      return invoice;
    });
  }

  deletePracticeInvoice(id: string): Promise<void> {
    return this.write(async (tx) => {
      await tx.objectStore('practiceInvoices').delete(id);
    });
  }

  /** Deletes and returns the sessions, so the caller can offer Undo by saving them again. */
  deleteSessions(ids: string[]): Promise<Session[]> {
    return this.write(async (tx) => {
      const store = tx.objectStore('sessions');
      const sessions: Session[] = [];
      for (const id of ids) {
        const session = await store.get(id);
        if (!session) throw new LedgerWriteError('A session you chose is no longer in the ledger; nothing was deleted.');
        sessions.push(session);
        await store.delete(id);
      }
      return sessions;
    });
  }

  deletePractice(id: string): Promise<void> {
    return this.write(async (tx) => {
      const used = await tx.objectStore('sessions').index('byPractice').count(id);
      if (used > 0) throw new LedgerWriteError(`This practice has ${used} session${used === 1 ? '' : 's'} in the ledger; move or delete them first.`);
      await tx.objectStore('practices').delete(id);
    });
  }

  /** Replaces the whole ledger in one transaction: an import lands whole or not at all. Validates `value` whatever it is; records set aside are kept. */
  replaceAll(value: unknown): Promise<void> {
    return this.write(async (tx) => {
      const data = parseInput(LedgerData, value, 'Importing the ledger');
      await queueTogether((add) => {
        for (const store of ALL_STORES) add(tx.objectStore(store).clear());
        // Thousands of puts go to the plain store, without a promise each: a failed put aborts the transaction, and write() awaits its end.
        for (const store of RECORD_STORES) {
          const objectStore = unwrap(tx.objectStore(store));
          for (const record of data[store] ?? []) objectStore.put(record);
        }
        if (data.profile) add(tx.objectStore('profile').put(data.profile, 'me'));
        add(tx.objectStore('settings').put(data.settings, 'settings'));
        // Records set aside are added to, never cleared: a restore must not lose what the user has not yet downloaded.
        for (const record of data.setAside ?? []) add(tx.objectStore('setAside').put(record));
      });
    }, false);
  }
}
