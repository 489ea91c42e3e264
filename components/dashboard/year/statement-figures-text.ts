import { parsePounds } from '@/lib/shared/parse-uk';
import type { StatementFigures } from '@/lib/ledger/schemas';

/** A row of the form: a month (2025-08) or "year", each with two fields. */
export type FigureField = 'pensionablePayPence' | 'contributionsPence';
export const fieldKey = (row: string, field: FigureField) => `${row}:${field}`;

const FIELDS: FigureField[] = ['pensionablePayPence', 'contributionsPence'];
const asText = (pence: number | undefined) => (pence === undefined ? '' : (pence / 100).toFixed(2));

/** The saved figures as the form's text, so what was typed comes back as typed (to the penny). */
export function textsOf(saved: StatementFigures | undefined): Record<string, string> {
  const rows: [string, StatementFigures['year']][] = [['year', saved?.year], ...Object.entries(saved?.months ?? {})];
  return Object.fromEntries(rows.flatMap(([row, figures]) => FIELDS.map((field) => [fieldKey(row, field), asText(figures?.[field])])));
}

type Read = { ok: true; figures: StatementFigures } | { ok: false; problems: Record<string, string> };

/** Reads every field; blank means "not on the form I have", £0 means "my statement shows nothing". */
export function readTexts(texts: Record<string, string>, source: StatementFigures['source'], months: string[]): Read {
  const problems: Record<string, string> = {};
  const figuresOf = (row: string) => {
    const figures: NonNullable<StatementFigures['year']> = {};
    for (const field of FIELDS) {
      const text = texts[fieldKey(row, field)]?.trim() ?? '';
      if (text === '') continue;
      const parsed = parsePounds(text);
      if (parsed.ok) figures[field] = parsed.value;
      else problems[fieldKey(row, field)] = `The amount ${parsed.reason}.`;
    }
    return Object.keys(figures).length > 0 ? figures : undefined;
  };
  const year = figuresOf('year');
  const monthly = months.flatMap((month) => {
    const figures = figuresOf(month);
    return figures ? [[month, figures] as const] : [];
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, figures: { source, ...(year ? { year } : {}), months: Object.fromEntries(monthly) } };
}
