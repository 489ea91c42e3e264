// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EnteredRateTable } from '../../../lib/pension';
import { MAX_RATES_FILE_BYTES, parseRatesFile, RATES_FILE_TOO_LARGE, serialiseRatesFile } from '../../../lib/ledger/rates-file';
import { serialiseBackup } from '../../../lib/ledger/backup';
import { serialisePortalProfile } from '../../../lib/portal/recognise/portal-profile';
import { oneOfEach } from '../../fixtures/ledger-records';

const TABLE_2027: EnteredRateTable = oneOfEach.rateTables;
const TABLE_2028: EnteredRateTable = {
  ...TABLE_2027,
  schemeYear: '2028/29',
  bandTopsPounds: [14_000, 28_800, 35_100, 52_700, 67_600],
  source: 'Typed from the NHSBSA tier table',
};
const EXPORTED_AT = '2027-04-10T12:00:00.000Z';

/** A valid file with its parsed value changed, as a colleague's editor or a broken export would leave it. */
function fileWith(change: (file: { tables: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const file = JSON.parse(serialiseRatesFile([TABLE_2027, TABLE_2028], EXPORTED_AT));
  change(file);
  return JSON.stringify(file);
}

describe('serialiseRatesFile', () => {
  it('writes the format marker, version, time of export and the tables, as pretty JSON', () => {
    const text = serialiseRatesFile([TABLE_2027], EXPORTED_AT);
    expect(JSON.parse(text)).toEqual({ format: 'locum-ledger-rates', version: 1, exportedAt: EXPORTED_AT, tables: [TABLE_2027] });
    expect(text).toMatch(/^\{\n {2}"format": "locum-ledger-rates",\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('parseRatesFile', () => {
  it('gives back exactly the tables exported, byte-order mark or not', () => {
    const text = serialiseRatesFile([TABLE_2027, TABLE_2028], EXPORTED_AT);
    expect(parseRatesFile(text)).toEqual({ ok: true, tables: [TABLE_2027, TABLE_2028] });
    expect(parseRatesFile(`\uFEFF${text}`)).toEqual({ ok: true, tables: [TABLE_2027, TABLE_2028] });
  });

  it('names the first problem, in the table it is in', () => {
    const backwards = fileWith((file) => {
      file.tables[1]!.bandTopsPounds = [14_000, 13_000, 35_100, 52_700, 67_600];
    });
    expect(parseRatesFile(backwards)).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: table 2 (2028/29): bandTopsPounds: each band must start above the one before it.',
    });
    const highRate = fileWith((file) => {
      file.tables[0]!.ratesPercent = [5.2, 6.5, 8.3, 9.8, 10.7, 25];
    });
    expect(parseRatesFile(highRate)).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: table 1 (2027/28): ratesPercent[5]: a tier rate is between 0 and 20%.',
    });
  });

  it('names a table by its number alone when its scheme year is itself wrong, never quoting the file back', () => {
    const badYear = fileWith((file) => {
      file.tables[0]!.schemeYear = '<script>2027</script>';
    });
    expect(parseRatesFile(badYear)).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: table 1: schemeYear: expected a scheme year written 2027/28.',
    });
  });

  it('says plainly when a table is not a table, or a field of the file is wrong', () => {
    expect(parseRatesFile(fileWith((file) => (file.tables = [3] as never)))).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: table 1: expected object.',
    });
    const fraction = fileWith((file) => {
      file.tables[0]!.bandTopsPounds = [13_650.5, 28_100, 34_250, 51_400, 65_900];
    });
    expect(parseRatesFile(fraction)).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: table 1 (2027/28): bandTopsPounds[0]: expected whole pounds, such as 28854.',
    });
    expect(parseRatesFile(fileWith((file) => (file.tables = [])))).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: tables: the file holds no tables.',
    });
    expect(parseRatesFile(fileWith((file) => (file.exportedAt = 'yesterday')))).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: exportedAt: expected a date and time.',
    });
  });

  it('refuses two tables of one scheme year, naming both', () => {
    const twice = serialiseRatesFile([TABLE_2027, TABLE_2028, { ...TABLE_2027, source: 'again' }], EXPORTED_AT);
    expect(parseRatesFile(twice)).toEqual({
      ok: false,
      problem: 'This rates file cannot be imported: tables 1 and 3 are both for 2027/28; a file holds one per year.',
    });
  });

  it('names a backup, an encrypted backup or a portal profile given by mistake', () => {
    const backup = serialiseBackup(
      { profile: null, practices: [], sessions: [], invoices: [], submissions: [], receipts: [], settings: { notifications: true } },
      EXPORTED_AT,
    );
    expect(parseRatesFile(backup)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/is a Locum Ledger backup, not a rates file/),
    });
    expect(parseRatesFile('{"format": "locum-ledger-encrypted-backup"}')).toMatchObject({
      problem: expect.stringMatching(/is a Locum Ledger backup, not a rates file/),
    });
    expect(parseRatesFile(serialisePortalProfile([], [], new Date(EXPORTED_AT)))).toMatchObject({
      problem: expect.stringMatching(/is a Locum Ledger portal profile, not a rates file: import it under "Portal profile"/),
    });
  });

  it('refuses a file made by a newer version whole, and anything that is not a rates file', () => {
    expect(parseRatesFile(fileWith((file) => (file.version = 2)))).toEqual({
      ok: false,
      problem:
        'This rates file was made by a newer Locum Ledger (rates file version 2; this version reads version 1). Update Locum Ledger, then import it.',
    });
    expect(parseRatesFile('[1, 2]')).toMatchObject({ problem: expect.stringMatching(/^This file is not a Locum Ledger rates file/) });
    expect(parseRatesFile('{"format": "something-else"}')).toMatchObject({
      problem: expect.stringMatching(/not a Locum Ledger rates file/),
    });
    expect(parseRatesFile('tables = [alert(1)]')).toMatchObject({ problem: expect.stringMatching(/^This file is not JSON/) });
  });

  it('refuses text over the cap before parsing it; the cap is the one the picker refuses a file by', () => {
    const padded = serialiseRatesFile([TABLE_2027], EXPORTED_AT).replace('{', `{${' '.repeat(MAX_RATES_FILE_BYTES)}`);
    expect(parseRatesFile(padded)).toEqual({ ok: false, problem: RATES_FILE_TOO_LARGE });
    expect(RATES_FILE_TOO_LARGE).toBe('This file is larger than 64 KB, far more than a rates file can be, so it was not read.');
  });
});
