import type * as z from 'zod/mini';
import { quoted } from '../shared/quoted';
import type { Parsed } from '../shared/parse-uk';
import { FIELD_LABELS, type ColumnMapping, type ImportField } from './csv-columns';

/** The leading ' that csv-export (and OWASP's advice) puts before =, +, -, @, tab and CR, taken off again on the way in. */
const unguard = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');

export type RowReader = {
  cell: (field: ImportField) => string;
  mapped: (field: ImportField) => boolean;
  label: (field: ImportField) => string;
};

/** One row's cells, read by the detail they hold; `label` names the column in a reason, with its heading when known. */
export function rowReader(row: string[], mapping: ColumnMapping, headers: string[] | undefined): RowReader {
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

export const NO_COLUMN = 'no column is chosen for it';

/** The cell read by `parse`, which decides what an empty or missing cell means; a failure names the column. */
export function readValue<T>(reader: RowReader, field: ImportField, parse: (text: string) => Parsed<T>): Parsed<T> {
  const parsed = parse(reader.cell(field));
  return parsed.ok ? parsed : { ok: false, reason: `${reader.label(field)}: ${parsed.reason}` };
}

export function requiredValue<T>(reader: RowReader, field: ImportField, parse: (text: string) => Parsed<T>): Parsed<T> {
  return reader.mapped(field) ? readValue(reader, field, parse) : { ok: false, reason: `${FIELD_LABELS[field]}: ${NO_COLUMN}` };
}

export function optionalValue<T>(reader: RowReader, field: ImportField, parse: (text: string) => Parsed<T>): Parsed<T | undefined> {
  return reader.cell(field) === '' ? { ok: true, value: undefined } : readValue(reader, field, parse);
}

/** A Zod check's own message (e.g. "at most 2000 characters"), so the limits stay in schemas.ts. */
export function schemaProblem(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}
