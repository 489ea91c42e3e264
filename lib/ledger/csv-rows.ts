import * as z from 'zod/mini';
import { IsoDate } from '../pension';
import { parsePounds, parseUkDate, type Parsed } from '../shared/parse-uk';
import { parseWorkType, type ColumnMapping } from './csv-columns';
import { matchPractice, type NewPractice } from './csv-practice-match';
import { optionalValue, readValue, requiredValue, rowReader, schemaProblem, type RowReader } from './csv-row-reader';
import { goesOnForms, Practice, Session } from './schemas';

/** A session read from a row, before it has an id: the practice is named, as the row names it, until the import saves it. */
const ImportedSession = z.extend(z.omit(Session, { id: true, practiceId: true }), {
  practiceName: Practice.shape.name,
  odsCode: z.optional(Practice.shape.odsCode),
  datePaid: z.optional(IsoDate),
});
type ImportedSession = z.infer<typeof ImportedSession>;

export type ImportRow =
  | { ok: true; rowNumber: number; session: ImportedSession; practiceId?: string; newPractice?: NewPractice }
  | { ok: false; rowNumber: number; reasons: string[] };

function parseNotes(text: string): Parsed<string> {
  const problem = schemaProblem(Session.shape.notes, text);
  return problem ? { ok: false, reason: problem } : { ok: true, value: text };
}

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
