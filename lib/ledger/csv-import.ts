import Papa from 'papaparse';
import { quoted } from '../shared/quoted';
import * as z from 'zod/mini';
import { isLargerThan, megabytes } from '../shared/json-file';
import { parseInput } from '../shared/validation';
import { isValidOdsCode } from '../pension';
import { IsoDate } from '../pension';
import rawColumns from './data/csv-columns.json';
import { parsePounds, parseUkDate, type Parsed } from '../shared/parse-uk';
import { goesOnForms, Practice, Session, SessionWorkType } from './schemas';

/** The session details a spreadsheet column can hold. */
export const ImportField = z.enum(['dateWorked', 'practice', 'odsCode', 'fee', 'workType', 'notes', 'datePaid']);
export type ImportField = z.infer<typeof ImportField>;

/** Which column (0-based) holds each detail; a detail with no column is left out. */
export const ColumnMapping = z.partialRecord(ImportField, z.int().check(z.minimum(0)));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A session read from a row, before it has an id: the practice is named, as the row names it, until the import saves it. */
export const ImportedSession = z.extend(z.omit(Session, { id: true, practiceId: true }), {
  practiceName: Practice.shape.name,
  odsCode: z.optional(Practice.shape.odsCode),
  datePaid: z.optional(IsoDate),
});
export type ImportedSession = z.infer<typeof ImportedSession>;

export const NewPractice = z.object({ name: Practice.shape.name, odsCode: Practice.shape.odsCode });
export type NewPractice = z.infer<typeof NewPractice>;

export type ImportRow =
  | { ok: true; rowNumber: number; session: ImportedSession; practiceId?: string; newPractice?: NewPractice }
  | { ok: false; rowNumber: number; reasons: string[] };

/** A spreadsheet's cells. rowNumbers[i] is rows[i]'s row in the spreadsheet (the headers are row 1), for messages. */
export type CsvTable = { headers: string[]; rows: string[][]; rowNumbers: number[]; problems: string[] };

const FIELD_LABELS: Record<ImportField, string> = {
  dateWorked: 'Date worked',
  practice: 'Practice',
  odsCode: 'ODS code',
  fee: 'Fee',
  workType: 'Work type',
  notes: 'Notes',
  datePaid: 'Date paid',
};

/** Lower case, words only, and no bracketed aside: "Fee (£)" and "fee" are the same heading, "Out-of-hours" and "out of hours" the same work type. */
export function normaliseWords(text: string): string {
  // No bracket inside an aside: `\([^)]*\)` rescanned to the end from every "(", and a cell of "(((…" took minutes.
  const withoutAside = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  const words = (withoutAside.trim() === '' ? text : withoutAside).toLowerCase().replace(/[^\p{L}\p{N}£]+/gu, ' ');
  return words.trim();
}

const Words = z.array(z.string().check(z.minLength(1, 'expected a word'))).check(z.minLength(1, 'expected at least one word'));

/** Each word may mean one thing only, or a guess would depend on the order of the file. */
function eachWordOnce(lists: Record<string, string[]>): boolean {
  const all = Object.values(lists).flatMap((words) => words.map(normaliseWords));
  return new Set(all).size === all.length;
}

const CsvColumnsFile = z.object({
  columns: z.record(ImportField, Words).check(z.refine(eachWordOnce, 'a heading is listed for two columns')),
  workTypes: z.record(SessionWorkType, Words).check(z.refine(eachWordOnce, 'a word is listed for two work types')),
});

function wordIndex<K extends string>(lists: Record<K, string[]>): Map<string, K> {
  const entries = (Object.entries(lists) as [K, string[]][]).flatMap(([key, words]) => words.map((word) => [normaliseWords(word), key] as const));
  return new Map(entries);
}

/** Validates a column-synonyms file (data/csv-columns.json) and indexes its words by their normalised form. Throws, naming the problem. */
export function loadCsvColumns(raw: unknown): { fieldsByHeading: Map<string, ImportField>; workTypesByWord: Map<string, SessionWorkType> } {
  const file = parseInput(CsvColumnsFile, raw, 'csv-columns.json');
  return { fieldsByHeading: wordIndex(file.columns), workTypesByWord: wordIndex(file.workTypes) };
}

const { fieldsByHeading: FIELDS_BY_HEADING, workTypesByWord: WORK_TYPES_BY_WORD } = loadCsvColumns(rawColumns);

/** A lifetime of sessions is under 1 MB of CSV; five times that is a wrongly chosen file, refused before it is parsed. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const CSV_TOO_LARGE = `This file is larger than ${megabytes(MAX_CSV_BYTES)}, far more than a spreadsheet of sessions can be, so it was not read.`;
export const CSV_EMPTY = 'This file is empty: there are no rows to import.';
export const CSV_NO_ROWS = 'This file has only a heading row: there are no sessions below it to import.';

/** Excel writes `;` where the decimal mark is a comma, and tab when saving "Unicode text". */
const SEPARATORS = [',', ';', '\t'];

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

function lastFilledIndex(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/** Excel pads rows with empty cells as far as the widest row ever was; those columns carry nothing. */
function toWidth(cells: string[], width: number): string[] {
  return Array.from({ length: width }, (_, i) => cells[i] ?? '');
}

function quoteProblems(errors: Papa.ParseError[]): string[] {
  return errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => {
      const where = error.row === undefined ? 'A row' : `Row ${error.row + 1}`;
      return error.code === 'MissingQuotes'
        ? `${where}: a quoted cell is never closed (a " is missing), so the rows after it may have run together.`
        : `${where}: a quoted cell has text after its closing ".`;
    });
}

/** Reads a spreadsheet saved as CSV: any of `,` `;` tab, quoted cells, CRLF, a byte-order mark, blank rows and empty trailing columns. */
export function readCsv(text: string): CsvTable {
  if (isLargerThan(text, MAX_CSV_BYTES)) return { headers: [], rows: [], rowNumbers: [], problems: [CSV_TOO_LARGE] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: '', delimitersToGuess: SEPARATORS, skipEmptyLines: false });
  const records = parsed.data.map((cells, index) => ({ cells, rowNumber: index + 1 })).filter(({ cells }) => !isBlank(cells));
  const width = Math.max(0, ...records.map(({ cells }) => lastFilledIndex(cells) + 1));
  const [heading, ...body] = records;
  return {
    headers: toWidth(heading?.cells ?? [], width).map((cell) => cell.trim()),
    rows: body.map(({ cells }) => toWidth(cells, width)),
    rowNumbers: body.map(({ rowNumber }) => rowNumber),
    problems: [...(heading ? (body.length === 0 ? [CSV_NO_ROWS] : []) : [CSV_EMPTY]), ...quoteProblems(parsed.errors)],
  };
}

/** Which column holds what, from the headings' usual names (data/csv-columns.json); the first column named for a detail wins. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((heading, index) => {
    const field = FIELDS_BY_HEADING.get(normaliseWords(heading));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

/** What the mapping lacks before any row can be read; the UI shows these before the rows. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  return [
    ...(mapping.dateWorked === undefined ? ['Choose the column that holds the date worked.'] : []),
    ...(mapping.fee === undefined ? ['Choose the column that holds the fee.'] : []),
    ...(mapping.practice === undefined && mapping.odsCode === undefined ? ['Choose the column that holds the practice name or its ODS code.'] : []),
  ];
}

/** The leading ' that csv-export (and OWASP's advice) puts before =, +, -, @, tab and CR, taken off again on the way in. */
const unguard = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');

type RowReader = {
  cell: (field: ImportField) => string;
  mapped: (field: ImportField) => boolean;
  label: (field: ImportField) => string;
};

function rowReader(row: string[], mapping: ColumnMapping, headers: string[] | undefined): RowReader {
  return {
    cell: (field) => {
      const index = mapping[field];
      return index === undefined ? '' : unguard((row[index] ?? '').trim());
    },
    mapped: (field) => mapping[field] !== undefined,
    label: (field) => {
      const index = mapping[field];
      const heading = index === undefined ? undefined : headers?.[index];
      return heading ? `${FIELD_LABELS[field]} (column ${quoted(heading)})` : FIELD_LABELS[field];
    },
  };
}

const NO_COLUMN = 'no column is chosen for it';

/** The cell read by `parse`, which decides what an empty or missing cell means; a failure names the column. */
function readValue<T>(reader: RowReader, field: ImportField, parse: (text: string) => Parsed<T>): Parsed<T> {
  const parsed = parse(reader.cell(field));
  return parsed.ok ? parsed : { ok: false, reason: `${reader.label(field)}: ${parsed.reason}` };
}

function requiredValue<T>(reader: RowReader, field: ImportField, parse: (text: string) => Parsed<T>): Parsed<T> {
  return reader.mapped(field) ? readValue(reader, field, parse) : { ok: false, reason: `${FIELD_LABELS[field]}: ${NO_COLUMN}` };
}

function optionalValue<T>(reader: RowReader, field: ImportField, parse: (text: string) => Parsed<T>): Parsed<T | undefined> {
  return reader.cell(field) === '' ? { ok: true, value: undefined } : readValue(reader, field, parse);
}

const WORK_TYPE_HELP = 'write GP practice, appraisal, out of hours, ICB or private';

/** Reads a work type in plain words; an empty cell is practice work, which most locum sessions are. */
function parseWorkType(text: string): Parsed<SessionWorkType> {
  if (text === '') return { ok: true, value: 'practice' };
  const workType = WORK_TYPES_BY_WORD.get(normaliseWords(text));
  return workType ? { ok: true, value: workType } : { ok: false, reason: `${quoted(text)} is not a work type; ${WORK_TYPE_HELP}` };
}

/** A Zod check's own message (e.g. "at most 2000 characters"), so the limits stay in schemas.ts. */
function schemaProblem(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

function parseNotes(text: string): Parsed<string> {
  const problem = schemaProblem(Session.shape.notes, text);
  return problem ? { ok: false, reason: problem } : { ok: true, value: text };
}

type PracticeMatch = { practiceName: string; odsCode?: string; practiceId?: string; newPractice?: NewPractice };

const normaliseOds = (code: string) => code.replace(/\s+/g, '').toUpperCase();
const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function known(practice: Practice): Parsed<PracticeMatch> {
  return { ok: true, value: { practiceName: practice.name, practiceId: practice.id, ...(practice.odsCode ? { odsCode: practice.odsCode } : {}) } };
}

function byName(practices: Practice[], name: string): Practice[] {
  return practices.filter((practice) => normaliseName(practice.name) === normaliseName(name));
}

function matchByName(reader: RowReader, practices: Practice[], name: string): Parsed<PracticeMatch> {
  const matches = byName(practices, name);
  if (matches.length === 1) return known(matches[0]!);
  const label = reader.label('practice');
  if (matches.length > 1) return { ok: false, reason: `${label}: ${matches.length} practices in your ledger are called ${quoted(name)}; add an ODS code column to say which` };
  return { ok: false, reason: `${label}: no practice called ${quoted(name)} is in your ledger; add it first, or give its ODS code so it can be added` };
}

/** A row whose ODS code is not in the ledger: the same practice by name, or a new one when the row names it and the code is valid. */
function matchUnknownOds(reader: RowReader, practices: Practice[], name: string, ods: string, workType: SessionWorkType): Parsed<PracticeMatch> {
  const named = byName(practices, name);
  if (name !== '' && named.length === 1) {
    const practice = named[0]!;
    if (practice.odsCode === '') return known(practice);
    return { ok: false, reason: `${reader.label('odsCode')}: ${quoted(ods)} is not the ODS code of ${practice.name} in your ledger (${practice.odsCode})` };
  }
  if (!isValidOdsCode(ods, workType)) {
    return { ok: false, reason: `${reader.label('odsCode')}: ${quoted(ods)} is not an ODS code; a GP practice's is a letter and five digits, like A12345` };
  }
  if (name === '') return { ok: false, reason: `${reader.label('odsCode')}: no practice in your ledger has the ODS code ${ods}, and the row gives no practice name to add it with` };
  const nameProblem = schemaProblem(Practice.shape.name, name);
  if (nameProblem) return { ok: false, reason: `${reader.label('practice')}: ${nameProblem}` };
  return { ok: true, value: { practiceName: name, odsCode: ods, newPractice: { name, odsCode: ods } } };
}

/** The ODS code first, as names are written many ways; then the name, ignoring case and spacing. */
function matchPractice(reader: RowReader, practices: Practice[], workType: SessionWorkType): Parsed<PracticeMatch> {
  const name = reader.cell('practice').replace(/\s+/g, ' ');
  const ods = normaliseOds(reader.cell('odsCode'));
  if (ods !== '') {
    const byOds = practices.find((practice) => normaliseOds(practice.odsCode) === ods);
    return byOds ? known(byOds) : matchUnknownOds(reader, practices, name, ods, workType);
  }
  if (name !== '') return matchByName(reader, practices, name);
  if (!reader.mapped('practice') && !reader.mapped('odsCode')) return { ok: false, reason: `${FIELD_LABELS.practice}: ${NO_COLUMN}` };
  return { ok: false, reason: `${reader.label(reader.mapped('practice') ? 'practice' : 'odsCode')}: is empty` };
}

/** Practice and appraisal work can go on Locum A/B; OOH, ICB and private work never can (lib/pension/data/rules.json, notPensionable). */

function reasonsOf(...results: Parsed<unknown>[]): string[] {
  return results.flatMap((result) => (result.ok ? [] : [result.reason]));
}

function previewRow(reader: RowReader, rowNumber: number, practices: Practice[]): ImportRow {
  const dateWorked = requiredValue(reader, 'dateWorked', parseUkDate);
  const fee = requiredValue(reader, 'fee', parsePounds);
  const workType = readValue(reader, 'workType', parseWorkType);
  const datePaid = optionalValue(reader, 'datePaid', parseUkDate);
  const notes = readValue(reader, 'notes', parseNotes);
  const practice = matchPractice(reader, practices, workType.ok ? workType.value : 'practice');
  if (!dateWorked.ok || !fee.ok || !workType.ok || !datePaid.ok || !notes.ok || !practice.ok) {
    return { ok: false, rowNumber, reasons: reasonsOf(dateWorked, practice, fee, workType, datePaid, notes) };
  }
  const { practiceId, newPractice, practiceName, odsCode } = practice.value;
  const session: ImportedSession = {
    dateWorked: dateWorked.value,
    feePence: fee.value,
    workType: workType.value,
    pensioned: goesOnForms(workType.value),
    notes: notes.value,
    practiceName,
    ...(odsCode ? { odsCode } : {}),
    ...(datePaid.value ? { datePaid: datePaid.value } : {}),
  };
  return { ok: true, rowNumber, session, ...(practiceId ? { practiceId } : {}), ...(newPractice ? { newPractice } : {}) };
}

/**
 * Each row as the session it would become, or the reasons it cannot, in plain English naming the column.
 * Unmapped work type and notes read as practice work with no notes. Rows are numbered as in the spreadsheet when
 * `rowNumbers` from readCsv is given, otherwise counting the headers as row 1.
 */
export function previewImport(
  rows: string[][],
  mapping: ColumnMapping,
  practices: Practice[],
  options: { headers?: string[]; rowNumbers?: number[] } = {},
): ImportRow[] {
  return rows.map((row, i) => previewRow(rowReader(row, mapping, options.headers), options.rowNumbers?.[i] ?? i + 2, practices));
}
