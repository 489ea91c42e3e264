import { parseInput } from '../shared/validation';
import type { LedgerDatabase, LedgerSchema, WRITE_STORES } from './db';
import type { LedgerStoreName } from './schemas';
import { STORE_SCHEMAS } from './store-schemas';
import { inOneTransaction, queueTogether, type WriteTx } from './write-transaction';

type WriteStoreName = (typeof WRITE_STORES)[number];

/** Records to put in one store, each checked against that store's schema; `label` opens a refusal ("Saving the session: …"). */
export type Put<S extends LedgerStoreName = LedgerStoreName> = {
  store: S;
  records: readonly unknown[];
  label: string | ((index: number) => string);
};

/** The records of each Put, as its store's schema returned them. */
export type Checked<P extends readonly Put[]> = { [I in keyof P]: P[I] extends Put<infer S> ? LedgerSchema[S]['value'][] : never };

export type WritePlan<P extends readonly Put[]> = {
  /** Checked in this order, so a refusal names the first bad record the caller listed. */
  puts: [...P];
  clear?: WriteStoreName[];
  deletes?: { store: WriteStoreName; keys: readonly string[] }[];
  /** Rules that need the ledger or several records at once (a session's practice exists); throwing refuses the whole write. */
  check?: (tx: WriteTx, records: Checked<P>) => Promise<void> | void;
  /** False for writes that are not ledger data (settings, discarding records set aside): the backup reminder ignores them. */
  stampChange?: boolean;
  /** The caller parsed these records with these same schemas moments ago; see WriteOptions in store.ts. */
  alreadyChecked?: boolean;
};

/** Stores that hold one record under a fixed key rather than the record's own id. */
const FIXED_KEYS: Partial<Record<LedgerStoreName, 'me' | 'settings'>> = { profile: 'me', settings: 'settings' };

function checkAll<P extends readonly Put[]>(puts: P, alreadyChecked: boolean): Checked<P> {
  return puts.map(({ store, records, label }) =>
    alreadyChecked
      ? records
      : records.map((record, i) => parseInput(STORE_SCHEMAS[store], record, typeof label === 'string' ? label : label(i))),
  ) as unknown as Checked<P>;
}

/**
 * The store's one writer: checks each record once against its store's schema, runs `check`, then clears, deletes and
 * puts in one IndexedDB transaction, aborted whole on any failure with a plain-English LedgerWriteError.
 */
export function writeRecords<P extends readonly Put[]>(db: LedgerDatabase, clock: () => string, plan: WritePlan<P>): Promise<Checked<P>> {
  return inOneTransaction(
    db,
    async (tx) => {
      const checked = checkAll(plan.puts, plan.alreadyChecked ?? false);
      await plan.check?.(tx, checked);
      await queueTogether((add) => {
        for (const store of plan.clear ?? []) add(tx.objectStore(store).clear());
        for (const { store, keys } of plan.deletes ?? []) for (const key of keys) add(tx.objectStore(store).delete(key as never));
        plan.puts.forEach(({ store }, i) => {
          const objectStore = tx.objectStore(store);
          const key = FIXED_KEYS[store];
          for (const record of checked[i] as unknown[])
            add(key === undefined ? objectStore.put(record as never) : objectStore.put(record as never, key as never));
        });
      });
      return checked;
    },
    plan.stampChange === false ? undefined : clock,
  );
}
