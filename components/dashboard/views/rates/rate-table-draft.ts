import { EnteredRateTable } from '@/lib/pension';

/** The add form's fields as typed: six bands (the top of bands 1 to 5), six rates, the employer rate and the source. */
export type RateTableDraft = {
  schemeYear: string;
  bandTops: string[];
  rates: string[];
  employerRate: string;
  source: string;
};

/** Each problem at its field: "bandTops.2", "rates.5", "employerRate"; "bandTops" and "rates" for the order of the bands. */
export type DraftProblems = Record<string, string>;

export const blankDraft = (schemeYear: string): RateTableDraft => ({
  schemeYear,
  bandTops: ['', '', '', '', ''],
  rates: ['', '', '', '', '', ''],
  employerRate: '',
  source: '',
});

export function draftOf(table: EnteredRateTable): RateTableDraft {
  return {
    schemeYear: table.schemeYear,
    bandTops: table.bandTopsPounds.map(String),
    rates: table.ratesPercent.map(String),
    employerRate: String(table.employerRatePercent),
    source: table.source,
  };
}

/** "£28,854" and "6.5%" as typed from NHSBSA's page; a blank is not zero but missing. */
function numberIn(text: string): number {
  const bare = text.replace(/[£,%\s]/g, '');
  return bare === '' ? Number.NaN : Number(bare);
}

const FIELD_OF: Record<string, string> = {
  schemeYear: 'schemeYear',
  bandTopsPounds: 'bandTops',
  ratesPercent: 'rates',
  employerRatePercent: 'employerRate',
  source: 'source',
};

/** Zod's own words for a blank or non-number ("expected number, received NaN") said as the form would. */
const MISSING: Record<string, string> = {
  bandTops: 'enter whole pounds, such as 28854',
  rates: 'enter a percentage, such as 6.5',
  employerRate: 'enter a percentage, such as 23.7',
};

/** The table the draft describes, checked by the ledger's own schema, or each problem at its field. */
export function readDraft(
  draft: RateTableDraft,
  enteredAt: string,
): { ok: true; table: EnteredRateTable } | { ok: false; problems: DraftProblems } {
  const result = EnteredRateTable.safeParse({
    schemeYear: draft.schemeYear,
    bandTopsPounds: draft.bandTops.map(numberIn),
    ratesPercent: draft.rates.map(numberIn),
    employerRatePercent: numberIn(draft.employerRate),
    source: draft.source.trim(),
    enteredAt,
  });
  if (result.success) return { ok: true, table: result.data };
  const problems: DraftProblems = {};
  for (const issue of result.error.issues) {
    const [name, index] = issue.path;
    const base = FIELD_OF[String(name)] ?? 'form';
    const field = `${base}${typeof index === 'number' ? `.${index}` : ''}`;
    problems[field] ??= issue.code === 'invalid_type' ? (MISSING[base] ?? issue.message) : issue.message;
  }
  return { ok: false, problems };
}
