import { firstRepeat } from '../shared/first-repeat';
import type { EnteredRateTable } from '../pension';
import type { PageKindAnswer, PortalMapping } from '../shared/records';
import { newerAnswers } from './page-kind-answers';
import type { LedgerDatabase } from './db';
import { replaceLedger } from './replace-ledger';
import { dropSafetyCopy, keepSafetyCopy, latestSafetyCopy, safetyCopyData } from './safety-copies';
import type { SafetyCopyNote, SafetyCopyReason } from './safety-copy-schema';
import type { Invoice, LedgerData, Practice, PracticeInvoice, Profile, Receipt, Session, Settings, Submission } from './schemas';
import { readLedger } from './store-read';
import { writeRecords, type Checked, type Put, type WritePlan } from './validated-write';
import { inOneTransaction, LedgerWriteError, type WriteTx } from './write-transaction';

/**
 * `alreadyChecked`: the records were parsed moments ago by the very schemas the store checks them with. The
 * background's page messages (PageToBackground) are parsed with the ledger's own record schemas, so the page router
 * says so rather than have a dashboard save parsed twice; a bad record still gets the router's one refusal. Any other
 * caller (tests, the ledger's own code) leaves it out, and the store checks every record.
 */
export type WriteOptions = { alreadyChecked?: boolean };

async function practiceListed(tx: WriteTx, [[session]]: Checked<[Put<'sessions'>]>): Promise<void> {
  if (!(await tx.objectStore('practices').get(session!.practiceId)))
    throw new LedgerWriteError('Choose a practice from your list before saving the session.');
}

async function everyPracticeListed(
  tx: WriteTx,
  [sessions, practices]: Checked<[Put<'sessions'>, Put<'practices'>, Put<'invoices'>]>,
): Promise<void> {
  const known = new Set<string>([...(await tx.objectStore('practices').getAllKeys()), ...practices.map((practice) => practice.id)]);
  const orphan = sessions.find((session) => !known.has(session.practiceId));
  if (orphan) throw new LedgerWriteError(`Session on ${orphan.dateWorked} names a practice that is not in your list.`);
}

function daysInOrder(_tx: WriteTx, [[invoice]]: Checked<[Put<'practiceInvoices'>]>): void {
  if (invoice!.lastDay < invoice!.firstDay) throw new LedgerWriteError('The last day worked is before the first day worked.');
}

/** What an import of rate tables did: each table either added a scheme year or replaced the table of its year. */
export type RateTablesImported = { added: number; replaced: number };

/** One table per scheme year: a second table of a year in the same import would silently replace the first. */
function oneTablePerYear(_tx: WriteTx, [tables]: Checked<[Put<'rateTables'>]>): void {
  const repeat = firstRepeat(tables, (table) => table.schemeYear);
  if (repeat)
    throw new LedgerWriteError(`Rate tables ${repeat.first + 1} and ${repeat.index + 1} are both for ${repeat.key}; nothing was imported.`);
}

async function practiceUnused(tx: WriteTx, id: string): Promise<void> {
  const used = await tx.objectStore('sessions').index('byPractice').count(id);
  if (used > 0)
    throw new LedgerWriteError(`This practice has ${used} session${used === 1 ? '' : 's'} in the ledger; move or delete them first.`);
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
    const reading: Promise<LedgerData> = readLedger(this.db, this.clock).then(({ ledger, damaged }) => {
      if (damaged) forget();
      return ledger;
    });
    this.cached = reading;
    reading.catch(forget);
    return reading;
  }

  /** Every write forgets the last read, before it starts and once it has ended, whether it was made or refused. */
  private async forgetting<T>(write: () => Promise<T>): Promise<T> {
    this.cached = undefined;
    try {
      return await write();
    } finally {
      this.cached = undefined;
    }
  }

  private write<P extends readonly Put[]>(plan: WritePlan<P>, options: WriteOptions = {}): Promise<Checked<P>> {
    return this.forgetting(() => writeRecords(this.db, this.clock, { ...plan, ...options }));
  }

  /** One kind of record, validated and put: the writes that need no rule beyond the schema. */
  private saveAll<S extends Put['store']>(
    store: S,
    records: readonly unknown[],
    label: Put['label'],
    options?: WriteOptions,
  ): Promise<Checked<[Put<S>]>[0]> {
    return this.write({ puts: [{ store, records, label }] as [Put<S>] }, options).then(([saved]) => saved);
  }

  private async saveOne<S extends Put['store']>(
    store: S,
    value: unknown,
    label: string,
    options?: WriteOptions,
  ): Promise<Checked<[Put<S>]>[0][number]> {
    return (await this.saveAll(store, [value], label, options))[0]!;
  }

  /** Removes records set aside, once the user has downloaded them or decided they are not wanted. */
  async discardSetAside(ids: string[]): Promise<void> {
    await this.write({ puts: [], deletes: [{ store: 'setAside', keys: ids }], stampChange: false });
  }

  async saveSession(value: Session, options?: WriteOptions): Promise<Session> {
    const [[session]] = await this.write(
      { puts: [{ store: 'sessions', records: [value], label: 'Saving the session' }], check: practiceListed },
      options,
    );
    return session!;
  }

  /** Saves many sessions at once, with any new practices and invoices, all or none (a CSV import, Undo of a delete). */
  async saveSessions(values: Session[], practices: Practice[] = [], invoices: Invoice[] = [], options?: WriteOptions): Promise<Session[]> {
    const puts: [Put<'sessions'>, Put<'practices'>, Put<'invoices'>] = [
      { store: 'sessions', records: values, label: (i) => `Saving session ${i + 1}` },
      { store: 'practices', records: practices, label: 'Saving the practice' },
      { store: 'invoices', records: invoices, label: 'Saving the invoice' },
    ];
    return (await this.write({ puts, check: everyPracticeListed }, options))[0];
  }

  savePractice(value: Practice, options?: WriteOptions): Promise<Practice> {
    return this.saveOne('practices', value, 'Saving the practice', options);
  }

  /** Invoices and the sessions they now hold, together: a payment is recorded whole or not at all. */
  async saveInvoicesAndSessions(invoices: Invoice[], sessions: Session[]): Promise<Invoice[]> {
    const puts: [Put<'invoices'>, Put<'sessions'>] = [
      { store: 'invoices', records: invoices, label: 'Saving the invoice' },
      { store: 'sessions', records: sessions, label: 'Saving the session' },
    ];
    return (await this.write({ puts }))[0];
  }

  saveSubmission(value: Submission): Promise<Submission> {
    return this.saveOne('submissions', value, 'Saving the submission');
  }

  saveReceipt(value: Receipt): Promise<Receipt> {
    return this.saveOne('receipts', value, 'Saving the receipt');
  }

  saveProfile(value: Profile, options?: WriteOptions): Promise<Profile> {
    return this.saveOne('profile', value, 'Saving your profile', options);
  }

  async saveSettings(value: Settings, options?: WriteOptions): Promise<Settings> {
    const [[settings]] = await this.write(
      { puts: [{ store: 'settings', records: [value], label: 'Saving settings' }], stampChange: false },
      options,
    );
    return settings!;
  }

  /** The submission and its receipt together: a captured confirmation is kept whole or not at all. */
  async saveSubmissionAndReceipt(submission: Submission, receipt: Receipt): Promise<Receipt> {
    const puts: [Put<'submissions'>, Put<'receipts'>] = [
      { store: 'submissions', records: [submission], label: 'Saving the submission' },
      { store: 'receipts', records: [receipt], label: 'Saving the receipt' },
    ];
    return (await this.write({ puts }))[1][0]!;
  }

  /** Statuses read from a PCSE list page, applied together. */
  saveSubmissions(values: Submission[]): Promise<Submission[]> {
    return this.saveAll('submissions', values, 'Saving the submission');
  }

  savePortalMapping(value: PortalMapping): Promise<PortalMapping> {
    return this.saveOne('portalMappings', value, 'Saving the taught field');
  }

  /**
   * A shared portal profile, all or none: its taught fields replace this computer's, and its answers to "What is this
   * page?" are merged by page, the newest answer winning (newerAnswers). Returns what was written.
   */
  async importPortalProfile(
    mappings: PortalMapping[],
    answers: PageKindAnswer[],
    options?: WriteOptions,
  ): Promise<{ mappings: PortalMapping[]; answers: PageKindAnswer[] }> {
    const newer = newerAnswers((await this.read()).pageKindAnswers ?? [], answers);
    const puts: [Put<'portalMappings'>, Put<'pageKindAnswers'>] = [
      { store: 'portalMappings', records: mappings, label: (i) => `Portal profile field ${i + 1}` },
      { store: 'pageKindAnswers', records: newer, label: (i) => `Portal profile page answer ${i + 1}` },
    ];
    const [savedMappings, savedAnswers] = await this.write({ puts, clear: ['portalMappings'] }, options);
    return { mappings: savedMappings, answers: savedAnswers };
  }

  /** The user's answer to "What is this page?", replacing any earlier answer for the same page. */
  savePageKindAnswer(value: PageKindAnswer): Promise<PageKindAnswer> {
    return this.saveOne('pageKindAnswers', value, 'Saving your answer about this page');
  }

  async deletePageKindAnswers(fingerprints: string[]): Promise<void> {
    await this.write({ puts: [], deletes: [{ store: 'pageKindAnswers', keys: fingerprints }] });
  }

  async deletePortalMappings(ids: string[]): Promise<void> {
    await this.write({ puts: [], deletes: [{ store: 'portalMappings', keys: ids }] });
  }

  async savePracticeInvoice(value: PracticeInvoice, options?: WriteOptions): Promise<PracticeInvoice> {
    const [[invoice]] = await this.write(
      { puts: [{ store: 'practiceInvoices', records: [value], label: 'Saving the locum invoice' }], check: daysInOrder },
      options,
    );
    return invoice!;
  }

  async deletePracticeInvoice(id: string): Promise<void> {
    await this.write({ puts: [], deletes: [{ store: 'practiceInvoices', keys: [id] }] });
  }

  /** Deletes and returns the sessions, so the caller can offer Undo by saving them again. */
  async deleteSessions(ids: string[]): Promise<Session[]> {
    const sessions: Session[] = [];
    const collect = async (tx: WriteTx) => {
      for (const id of ids) {
        // An id named twice is gone the second time, as when each was deleted in turn.
        const session = sessions.some((kept) => kept.id === id) ? undefined : await tx.objectStore('sessions').get(id);
        if (!session) throw new LedgerWriteError('A session you chose is no longer in the ledger; nothing was deleted.');
        sessions.push(session);
      }
    };
    await this.write({ puts: [], deletes: [{ store: 'sessions', keys: ids }], check: collect });
    return sessions;
  }

  async deletePractice(id: string): Promise<void> {
    await this.write({ puts: [], deletes: [{ store: 'practices', keys: [id] }], check: (tx) => practiceUnused(tx, id) });
  }

  /** Saves a scheme year's tier table, replacing any table the user had for that year. */
  saveRateTable(value: EnteredRateTable, options?: WriteOptions): Promise<EnteredRateTable> {
    return this.saveOne('rateTables', value, 'Saving the rate table', options);
  }

  async deleteRateTable(schemeYear: string): Promise<void> {
    await this.write({ puts: [], deletes: [{ store: 'rateTables', keys: [schemeYear] }] });
  }

  /**
   * Imports rate tables all or none: each replaces the stored table of its scheme year, and tables of other years are
   * kept. Counts, within the same transaction, how many years were new.
   */
  async replaceRateTables(values: EnteredRateTable[], options?: WriteOptions): Promise<RateTablesImported> {
    let stored = new Set<string>();
    const countStored = async (tx: WriteTx, checked: Checked<[Put<'rateTables'>]>) => {
      oneTablePerYear(tx, checked);
      stored = new Set(await tx.objectStore('rateTables').getAllKeys());
    };
    const puts: [Put<'rateTables'>] = [{ store: 'rateTables', records: values, label: (i) => `Rate table ${i + 1}` }];
    const [tables] = await this.write({ puts, check: countStored }, options);
    const replaced = tables.filter((table) => stored.has(table.schemeYear)).length;
    return { added: tables.length - replaced, replaced };
  }

  /** Replaces the whole ledger in one transaction: an import lands whole or not at all. Its settings, change stamp included, come from `value`. */
  replaceAll(value: unknown): Promise<void> {
    return this.forgetting(() => inOneTransaction(this.db, (tx) => replaceLedger(tx, value)));
  }

  /** Runs `write` after keeping a copy of the ledger as it is now (safety-copies.ts); a refused write leaves no copy behind. */
  async keepingSafetyCopy<T>(reason: SafetyCopyReason, write: () => Promise<T>): Promise<T> {
    const copy = await keepSafetyCopy(this.db, await this.read(), reason, this.clock);
    try {
      return await write();
    } catch (error) {
      await dropSafetyCopy(this.db, copy.id);
      throw error;
    }
  }

  latestSafetyCopy(): Promise<SafetyCopyNote | null> {
    return latestSafetyCopy(this.db);
  }

  /** Undo of a restore or import: the copy replaces the ledger whole, then is let go, so the same Undo is not offered twice. */
  async undoToSafetyCopy(id: string): Promise<void> {
    await this.replaceAll(await safetyCopyData(this.db, id));
    await dropSafetyCopy(this.db, id);
  }
}
