import * as z from 'zod/mini';
import { quoted } from '../shared/quoted';
import { parseInput } from '../shared/validation';
import type { Parsed } from '../shared/parse-uk';
import rawColumns from './data/csv-columns.json';
import { SessionWorkType } from './schemas';

/** The session details a spreadsheet column can hold. */
export const ImportField = z.enum(['dateWorked', 'practice', 'odsCode', 'fee', 'workType', 'notes', 'datePaid', 'invoiceNumber']);
export type ImportField = z.infer<typeof ImportField>;

/** Which column (0-based) holds each detail; a detail with no column is left out. */
export const ColumnMapping = z.partialRecord(ImportField, z.int().check(z.minimum(0)));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** Each detail as a reason names it, when its column has no heading to quote. */
export const FIELD_LABELS: Record<ImportField, string> = {
  dateWorked: 'Date worked',
  practice: 'Practice',
  odsCode: 'ODS code',
  fee: 'Fee',
  workType: 'Work type',
  notes: 'Notes',
  datePaid: 'Date paid',
  invoiceNumber: 'Invoice no',
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
  const entries = (Object.entries(lists) as [K, string[]][]).flatMap(([key, words]) =>
    words.map((word) => [normaliseWords(word), key] as const),
  );
  return new Map(entries);
}

/** Validates a column-synonyms file (data/csv-columns.json) and indexes its words by their normalised form. Throws, naming the problem. */
export function loadCsvColumns(raw: unknown): { fieldsByHeading: Map<string, ImportField>; workTypesByWord: Map<string, SessionWorkType> } {
  const file = parseInput(CsvColumnsFile, raw, 'csv-columns.json');
  return { fieldsByHeading: wordIndex(file.columns), workTypesByWord: wordIndex(file.workTypes) };
}

const { fieldsByHeading: FIELDS_BY_HEADING, workTypesByWord: WORK_TYPES_BY_WORD } = loadCsvColumns(rawColumns);

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
    ...(mapping.practice === undefined && mapping.odsCode === undefined
      ? ['Choose the column that holds the practice name or its ODS code.']
      : []),
  ];
}

const WORK_TYPE_HELP = 'write GP practice, appraisal, out of hours, ICB or private';

/** Reads a work type in plain words; an empty cell is practice work, which most locum sessions are. */
export function parseWorkType(text: string): Parsed<SessionWorkType> {
  if (text === '') return { ok: true, value: 'practice' };
  const workType = WORK_TYPES_BY_WORD.get(normaliseWords(text));
  return workType ? { ok: true, value: workType } : { ok: false, reason: `${quoted(text)} is not a work type; ${WORK_TYPE_HELP}` };
}
