import * as z from 'zod/mini';
import { IsoDate } from '../pension';
import { parsePounds, parseUkDate, type Parsed } from '../shared/parse-uk';
import { parseWorkType, type ColumnMapping } from './csv-columns';
import { aliasCandidate } from './csv-practice-alias';
import { matchPractice, type NewPractice } from './csv-practice-match';
import { optionalValue, readValue, requiredValue, rowReader, schemaProblem, type RowReader } from './csv-row-reader';
import { isTotalsRow } from './csv-totals-row';
import { isInLedger, sessionKeys } from './duplicates';
import { goesOnForms, InvoiceNumber, Practice, Session } from './schemas';

/** A session read from a row, before it has an id: the practice is named, as the row names it, until the import saves it. */
const ImportedSession = z.extend(z.omit(Session, { id: true, practiceId: true }), {
  practiceName: Practice.shape.name,
  odsCode: z.optional(Practice.shape.odsCode),
  datePaid: z.optional(IsoDate),
});
type ImportedSession = z.infer<typeof ImportedSession>;

/** A practice the row's name probably means: the preview offers to remember the name as an alias for it. */
export type AliasOffer = { name: string; practiceId: string; practiceName: string };

export type ImportRow =
  | { ok: true; rowNumber: number; session: ImportedSession; practiceId?: string; newPractice?: NewPractice; duplicate?: true }
  | { ok: false; rowNumber: number; reasons: string[]; aliasOffer?: AliasOffer };

const TOTALS_ROW = 'a totals row';
export const ALREADY_IN_LEDGER = 'already in your ledger';

type Context = { practices: Practice[]; aliases: Record<string, string>; existing: Set<string> };

function checked(schema: z.ZodMiniType<string>) {
  return (text: string): Parsed<string> => {
    const problem = schemaProblem(schema, text);
    return problem ? { ok: false, reason: problem } : { ok: true, value: text };
  };
}

function reasonsOf(...results: Parsed<unknown>[]): string[] {
  return results.flatMap((result) => (result.ok ? [] : [result.reason]));
}

function offerFor(reader: RowReader, practices: Practice[]): AliasOffer | undefined {
  const name = reader.cell('practice').replace(/\s+/g, ' ');
  const practice = name === '' ? undefined : aliasCandidate(name, practices);
  return practice ? { name, practiceId: practice.id, practiceName: practice.name } : undefined;
}

function previewRow(reader: RowReader, rowNumber: number, { practices, aliases, existing }: Context): ImportRow {
  const dateWorked = requiredValue(reader, 'dateWorked', parseUkDate);
  const fee = requiredValue(reader, 'fee', parsePounds);
  const workType = readValue(reader, 'workType', parseWorkType);
  const datePaid = optionalValue(reader, 'datePaid', parseUkDate);
  const notes = readValue(reader, 'notes', checked(Session.shape.notes));
  const invoiceNumber = optionalValue(reader, 'invoiceNumber', checked(InvoiceNumber));
  const practice = matchPractice(reader, practices, workType.ok ? workType.value : 'practice', aliases);
  if (!dateWorked.ok || !fee.ok || !workType.ok || !datePaid.ok || !notes.ok || !invoiceNumber.ok || !practice.ok) {
    const aliasOffer = practice.ok ? undefined : offerFor(reader, practices);
    const reasons = reasonsOf(dateWorked, practice, fee, workType, datePaid, notes, invoiceNumber);
    return { ok: false, rowNumber, reasons, ...(aliasOffer ? { aliasOffer } : {}) };
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
    ...(invoiceNumber.value ? { invoiceNumber: invoiceNumber.value } : {}),
  };
  const duplicate =
    practiceId !== undefined && isInLedger(existing, { practiceId, dateWorked: session.dateWorked, feePence: session.feePence });
  return {
    ok: true,
    rowNumber,
    session,
    ...(practiceId ? { practiceId } : {}),
    ...(newPractice ? { newPractice } : {}),
    ...(duplicate ? { duplicate: true as const } : {}),
  };
}

type PreviewOptions = { headers?: string[]; rowNumbers?: number[]; sessions?: Session[]; aliases?: Record<string, string> };

/**
 * Each row as the session it would become, or the reasons it cannot, in plain English naming the column.
 * Unmapped work type and notes read as practice work with no notes. Rows are numbered as in the spreadsheet when
 * `rowNumbers` from readCsv is given, otherwise counting the headers as row 1. A row repeating one of `sessions`
 * (same practice, day and fee) is marked `duplicate`; a totals row is left out as one.
 */
export function previewImport(rows: string[][], mapping: ColumnMapping, practices: Practice[], options: PreviewOptions = {}): ImportRow[] {
  const context: Context = { practices, aliases: options.aliases ?? {}, existing: sessionKeys(options.sessions ?? []) };
  return rows.map((row, i) => {
    const rowNumber = options.rowNumbers?.[i] ?? i + 2;
    if (isTotalsRow(row, mapping)) return { ok: false, rowNumber, reasons: [TOTALS_ROW] };
    return previewRow(rowReader(row, mapping, options.headers), rowNumber, context);
  });
}
