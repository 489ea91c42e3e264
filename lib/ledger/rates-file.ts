import { firstRepeat } from '../shared/first-repeat';
import * as z from 'zod/mini';
import { EnteredRateTable, isSchemeYear } from '../pension';
import {
  BACKUP_FORMAT,
  ENCRYPTED_BACKUP_FORMAT,
  isLargerThan,
  isPlainObject,
  parseJsonText,
  PORTAL_PROFILE_FORMAT,
} from '../shared/json-file';
import { Timestamp } from '../shared/records';
import { validateWith } from '../shared/validation';

/**
 * A rates file: the tier tables one locum typed, exported so a colleague can import them rather than type them again.
 * Plain JSON, read with JSON.parse and checked field by field: nothing in it is ever run.
 */
const RATES_FILE_FORMAT = 'locum-ledger-rates';
const RATES_FILE_VERSION = 1;
/** A table is about 300 bytes; a hundred of them, the most a ledger keeps, come to a tenth of this. */
export const MAX_RATES_FILE_BYTES = 64 * 1024;
export const RATES_FILE_TOO_LARGE = `This file is larger than ${MAX_RATES_FILE_BYTES / 1024} KB, far more than a rates file can be, so it was not read.`;

const RatesFile = z.object({
  format: z.literal(RATES_FILE_FORMAT),
  version: z.literal(RATES_FILE_VERSION),
  exportedAt: Timestamp,
  // One table per year is checked after, to name both tables; the ledger's EnteredRateTables would only say "tables".
  tables: z.array(EnteredRateTable).check(z.minLength(1, 'the file holds no tables'), z.maxLength(100, 'at most 100 tables')),
});

export type RatesFileResult = { ok: true; tables: EnteredRateTable[] } | { ok: false; problem: string };

const NOT_JSON = 'This file is not JSON, the text format Locum Ledger saves rates files in, so it cannot be a rates file.';
const NOT_A_RATES_FILE = `This file is not a Locum Ledger rates file: it does not start with "format": "${RATES_FILE_FORMAT}".`;
const BACKUP_NOT_RATES = 'This file is a Locum Ledger backup, not a rates file: restore it under "Backup and restore" instead.';
const PROFILE_NOT_RATES =
  'This file is a Locum Ledger portal profile, not a rates file: import it under "Portal profile" in Settings instead.';
const CANNOT_IMPORT = 'This rates file cannot be imported:';

export function serialiseRatesFile(tables: readonly EnteredRateTable[], exportedAt: string): string {
  return `${JSON.stringify({ format: RATES_FILE_FORMAT, version: RATES_FILE_VERSION, exportedAt, tables }, null, 2)}\n`;
}

/** Names the kind of file first: checking a backup or a stranger's file field by field would bury the real problem. */
function headerProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return NOT_A_RATES_FILE;
  if (value.format === BACKUP_FORMAT || value.format === ENCRYPTED_BACKUP_FORMAT) return BACKUP_NOT_RATES;
  if (value.format === PORTAL_PROFILE_FORMAT) return PROFILE_NOT_RATES;
  if (value.format !== RATES_FILE_FORMAT) return NOT_A_RATES_FILE;
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > RATES_FILE_VERSION)
    return `This rates file was made by a newer Locum Ledger (rates file version ${version}; this version reads version ${RATES_FILE_VERSION}). Update Locum Ledger, then import it.`;
  return undefined;
}

/** "table 2 (2027/28)": the table as the person who typed it would know it; the year only when it is one, never the file's text. */
function tableName(tables: unknown, index: number): string {
  const table = Array.isArray(tables) ? tables[index] : undefined;
  const year = isPlainObject(table) ? table.schemeYear : undefined;
  return typeof year === 'string' && isSchemeYear(year) ? `table ${index + 1} (${year})` : `table ${index + 1}`;
}

/** The first problem only, its path ("tables[1].bandTopsPounds: …") told as the table it is in: one clear reason to re-export. */
function schemaProblem(problem: string, file: Record<string, unknown>): string {
  const inTable = /^tables\[(\d+)\]\.?(.*)$/s.exec(problem);
  if (!inTable) return `${CANNOT_IMPORT} ${problem}.`;
  const [, index, rest] = inTable;
  const name = tableName(file.tables, Number(index));
  return `${CANNOT_IMPORT} ${name}${rest!.startsWith(':') ? '' : ': '}${rest}.`;
}

function duplicateYearProblem(tables: readonly EnteredRateTable[]): string | undefined {
  const repeat = firstRepeat(tables, (table) => table.schemeYear);
  return (
    repeat && `${CANNOT_IMPORT} tables ${repeat.first + 1} and ${repeat.index + 1} are both for ${repeat.key}; a file holds one per year.`
  );
}

/** Reads a rates file's text and checks all of it before returning anything, so an import has every table or none. Never throws. */
export function parseRatesFile(text: string): RatesFileResult {
  if (isLargerThan(text, MAX_RATES_FILE_BYTES)) return { ok: false, problem: RATES_FILE_TOO_LARGE };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problem: NOT_JSON };
  const header = headerProblem(json.value);
  if (header) return { ok: false, problem: header };
  const checked = validateWith(RatesFile, json.value);
  if (!checked.ok) return { ok: false, problem: schemaProblem(checked.problems[0]!, json.value as Record<string, unknown>) };
  const duplicate = duplicateYearProblem(checked.value.tables);
  if (duplicate) return { ok: false, problem: duplicate };
  return { ok: true, tables: checked.value.tables };
}
