import { problemsOf } from '../shared/validation';
import { quickCheck, type QuickCheck } from './quick-check';
import type { LedgerStoreName } from './schemas';
import { STORE_SCHEMAS } from './store-schemas';

const CHECKS = Object.fromEntries(Object.entries(STORE_SCHEMAS).map(([store, schema]) => [store, quickCheck(schema)])) as Record<
  LedgerStoreName,
  QuickCheck
>;

/** A record that did not fit its store's schema, with the key it is stored under and the first problem found. */
export type Unreadable = { store: LedgerStoreName; key: IDBValidKey; value: unknown; problem: string };

/**
 * The first problem Zod finds, path first, as every other message in the ledger names one; undefined when the record
 * fits. The quick check screens every record; Zod has the last word on the few it rejects.
 */
export function problemWith(store: LedgerStoreName, value: unknown): string | undefined {
  if (CHECKS[store](value)) return undefined;
  return problemsOf(STORE_SCHEMAS[store], value)[0];
}

/** The field a store keys its records by, where it is not their `id`: a rate table under its scheme year, an answer under its page's fingerprint. */
const KEY_FIELDS: Partial<Record<LedgerStoreName, string>> = { rateTables: 'schemeYear', pageKindAnswers: 'fingerprint' };

/** Records of a store keyed by one of their fields: those that fit its schema; the rest are added to `unreadable`. */
export function keepReadable<T>(store: LedgerStoreName, records: readonly unknown[], unreadable: Unreadable[]): T[] {
  const keyField = KEY_FIELDS[store] ?? 'id';
  const readable: unknown[] = [];
  for (const value of records) {
    const problem = problemWith(store, value);
    if (problem === undefined) readable.push(value);
    else unreadable.push({ store, key: (value as Record<string, IDBValidKey>)[keyField]!, value, problem });
  }
  return readable as T[];
}

/** A record stored under a fixed key (the profile, the settings), or undefined when it is absent or unreadable. */
export function keepReadableOne<T>(store: LedgerStoreName, key: string, value: unknown, unreadable: Unreadable[]): T | undefined {
  if (value === undefined) return undefined;
  const problem = problemWith(store, value);
  if (problem === undefined) return value as T;
  unreadable.push({ store, key, value, problem });
  return undefined;
}
