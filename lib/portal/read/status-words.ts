import * as z from 'zod/mini';
import type { ListStatusMessage } from '../messages';
import { SubmissionStatus } from '../../shared/records';
import { normaliseLabel } from '../recognise/text';
import data from './statuses.json';

/** One row of a PCSE list page: a form's reference and where it has got to. */
export type ListStatus = z.infer<typeof ListStatusMessage>;

const Phrases = z.array(z.string().check(z.regex(/^[a-z0-9 ]+$/)));
const StatusWords = z.object({
  about: z.string(),
  statuses: z.array(z.object({ status: SubmissionStatus, phrases: Phrases })),
  negations: Phrases,
  columns: z.object({ reference: Phrases, status: Phrases, reason: Phrases }),
});
const WORDS = StatusWords.parse(data);

const wholeWords = (phrases: string[]) => new RegExp(`\\b(?:${phrases.join('|').replace(/ /g, '\\s+')})\\b`, 'i');
const STATUSES = WORDS.statuses.map(({ status, phrases }) => [wholeWords(phrases), status] as const);
const NEGATED = wholeWords(WORDS.negations);

/** The ledger status a status text says (statuses.json), or undefined when it says none or negates one ("Not approved"). */
export function statusFromText(text: string): SubmissionStatus | undefined {
  if (NEGATED.test(text)) return undefined;
  return STATUSES.find(([pattern]) => pattern.test(text))?.[1];
}

/** Whether a text is a status of any kind, one the ledger has no status for ("Cancelled", "Not approved") included. */
export function isStatusText(text: string): boolean {
  return NEGATED.test(text) || STATUSES.some(([pattern]) => pattern.test(text));
}

export type ListColumn = keyof typeof WORDS.columns;
const COLUMNS = Object.fromEntries(
  Object.entries(WORDS.columns).map(([column, phrases]) => [column, { exact: new Set(phrases), words: wholeWords(phrases) }]),
) as Record<ListColumn, { exact: Set<string>; words: RegExp }>;

/** How well a heading names a list column: 2 when it is one of the column's names ("Status"), 1 when it holds one ("Approval status"), else 0. */
export function namesColumn(heading: string, column: ListColumn): number {
  const plain = normaliseLabel(heading);
  if (COLUMNS[column].exact.has(plain)) return 2;
  return COLUMNS[column].words.test(plain) ? 1 : 0;
}
