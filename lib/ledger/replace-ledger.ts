import { unwrap } from 'idb';
import { parseInput } from '../shared/validation';
import { ALL_STORES, RECORD_STORES } from './db';
import { LedgerData } from './schemas';
import { queueTogether, type WriteTx } from './write-transaction';

/**
 * Replaces the whole ledger within `tx`. Validates `value` whatever it is, as one LedgerData rather than store by store,
 * so a refusal names the path within the file. Records set aside are kept.
 */
export async function replaceLedger(tx: WriteTx, value: unknown): Promise<void> {
  const data = parseInput(LedgerData, value, 'Importing the ledger');
  await queueTogether((add) => {
    for (const store of ALL_STORES) add(tx.objectStore(store).clear());
    // Thousands of puts go to the plain store, without a promise each: a failed put aborts the transaction, and the caller awaits its end.
    for (const store of RECORD_STORES) {
      const objectStore = unwrap(tx.objectStore(store));
      for (const record of data[store] ?? []) objectStore.put(record);
    }
    if (data.profile) add(tx.objectStore('profile').put(data.profile, 'me'));
    add(tx.objectStore('settings').put(data.settings, 'settings'));
    // Records set aside are added to, never cleared: a restore must not lose what the user has not yet downloaded.
    for (const record of data.setAside ?? []) add(tx.objectStore('setAside').put(record));
  });
}
