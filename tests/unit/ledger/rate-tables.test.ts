import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replyTo } from '../../../lib/background/router';
import { parseBackup, serialiseBackup } from '../../../lib/ledger/backup';
import { openLedger, type LedgerDatabase } from '../../../lib/ledger/db';
import type { LedgerData } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import type { EnteredRateTable } from '../../../lib/pension';
import { oneOfEach, riverside } from '../../fixtures/ledger-records';

const NOW = '2027-04-10T12:00:00.000Z';
const TABLE_2027: EnteredRateTable = oneOfEach.rateTables;
const TABLE_2028: EnteredRateTable = {
  ...TABLE_2027,
  schemeYear: '2028/29',
  bandTopsPounds: [14_000, 28_800, 35_100, 52_700, 67_600],
  enteredAt: '2028-04-03T09:00:00.000Z',
};
const CORRECTED_2027: EnteredRateTable = { ...TABLE_2027, employerRatePercent: 20.6, source: 'Corrected from the SI' };

let db: LedgerDatabase;
let store: LedgerStore;

beforeEach(async () => {
  db = await openLedger(`rate-tables-${crypto.randomUUID()}`);
  store = new LedgerStore(db, () => NOW);
});

afterEach(() => db.close());

const stored = async () => (await store.read()).rateTables;

describe('the rate tables the store keeps', () => {
  it('saves a table, replaces it with a new one of the same scheme year, and deletes it by its year', async () => {
    expect(await store.saveRateTable(TABLE_2027)).toEqual(TABLE_2027);
    await store.saveRateTable(TABLE_2028);
    await store.saveRateTable(CORRECTED_2027);
    expect(await stored()).toEqual([CORRECTED_2027, TABLE_2028]);
    await store.deleteRateTable('2027/28');
    expect(await stored()).toEqual([TABLE_2028]);
    expect((await store.read()).settings.lastChangeAt).toBe(NOW);
  });

  it('refuses a table that does not fit, says why, and changes nothing', async () => {
    await store.saveRateTable(TABLE_2027);
    await expect(store.saveRateTable({ ...CORRECTED_2027, ratesPercent: [12.5, 10.7, 9.8, 8.3, 6.5, 5.2] })).rejects.toThrow(
      'Saving the rate table: ratesPercent: no tier may have a lower rate than the tier below it',
    );
    expect(await stored()).toEqual([TABLE_2027]);
  });

  it('imports tables all or none: each replaces the table of its year, others are kept, and it counts which', async () => {
    await store.saveRateTable(TABLE_2027);
    const TABLE_2026 = { ...TABLE_2027, schemeYear: '2026/27' };
    expect(await store.replaceRateTables([CORRECTED_2027, TABLE_2028])).toEqual({ added: 1, replaced: 1 });
    await store.saveRateTable(TABLE_2026);
    expect(await stored()).toEqual([TABLE_2026, CORRECTED_2027, TABLE_2028]);
  });

  it('refuses an import with a bad table, or two tables of one year, whole', async () => {
    await store.saveRateTable(TABLE_2027);
    await expect(store.replaceRateTables([TABLE_2028, { ...CORRECTED_2027, source: '' }])).rejects.toThrow(
      'Rate table 2: source: say where the figures come from: a web address or a note',
    );
    await expect(store.replaceRateTables([TABLE_2028, CORRECTED_2027, TABLE_2028])).rejects.toThrow(
      'Rate tables 1 and 3 are both for 2028/29; nothing was imported.',
    );
    expect(await stored()).toEqual([TABLE_2027]);
  });
});

describe('rate tables in a backup', () => {
  const ledger = (rateTables?: EnteredRateTable[]): LedgerData => ({
    profile: null,
    practices: [riverside],
    sessions: [],
    invoices: [],
    submissions: [],
    receipts: [],
    settings: { notifications: true },
    ...(rateTables ? { rateTables } : {}),
  });

  it('round-trips through a backup file and a restore, replacing the tables the ledger had', async () => {
    await store.saveRateTable(CORRECTED_2027);
    const parsed = parseBackup(serialiseBackup(ledger([TABLE_2027, TABLE_2028]), NOW));
    expect(parsed).toMatchObject({ ok: true, data: { rateTables: [TABLE_2027, TABLE_2028] } });
    await store.replaceAll(parsed.ok && parsed.data);
    expect(await stored()).toEqual([TABLE_2027, TABLE_2028]);
  });

  it('restores a backup made before rate tables with none', async () => {
    await store.saveRateTable(TABLE_2027);
    const parsed = parseBackup(serialiseBackup(ledger(), NOW));
    expect(parsed.ok && 'rateTables' in parsed.data).toBe(false);
    await store.replaceAll(parsed.ok && parsed.data);
    expect(await stored()).toEqual([]);
    expect((await store.read()).practices).toEqual([riverside]);
  });

  it('refuses a backup with two tables of one scheme year, which the store would keep one of', () => {
    expect(parseBackup(serialiseBackup(ledger([TABLE_2027, CORRECTED_2027]), NOW))).toEqual({
      ok: false,
      problems: ['data.rateTables: only one table per scheme year'],
    });
  });
});

describe('the rate table messages', () => {
  const ask = (request: unknown) => replyTo(Promise.resolve(store), request);

  it('saves, imports and deletes through the background, and says how many an import added and replaced', async () => {
    expect(await ask({ type: 'rate-table/save', table: TABLE_2027 })).toEqual({ ok: true, result: TABLE_2027 });
    expect(await ask({ type: 'rate-tables/import', tables: [CORRECTED_2027, TABLE_2028] })).toEqual({
      ok: true,
      result: { added: 1, replaced: 1 },
    });
    expect(await stored()).toEqual([CORRECTED_2027, TABLE_2028]);
    expect(await ask({ type: 'rate-table/delete', schemeYear: '2028/29' })).toEqual({ ok: true });
    expect(await stored()).toEqual([CORRECTED_2027]);
  });

  it('refuses a malformed table, an empty import, two tables of a year or a year that is not one, changing nothing', async () => {
    await store.saveRateTable(TABLE_2027);
    const refused = { ok: false, error: 'The extension sent a request the ledger does not understand; nothing was changed.' };
    expect(await ask({ type: 'rate-table/save', table: { ...TABLE_2028, bandTopsPounds: [1, 2, 3] } })).toEqual(refused);
    expect(await ask({ type: 'rate-tables/import', tables: [] })).toEqual(refused);
    expect(await ask({ type: 'rate-tables/import', tables: [TABLE_2028, TABLE_2028] })).toEqual(refused);
    expect(await ask({ type: 'rate-table/delete', schemeYear: '2027' })).toEqual(refused);
    expect(await stored()).toEqual([TABLE_2027]);
  });
});
