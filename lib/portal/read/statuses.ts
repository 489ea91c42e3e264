import * as z from 'zod/mini';
import { SubmissionStatus } from '../../shared/records';
import data from './statuses.json';
import type { ListStatusMessage } from '../messages';
import { columnNames, columns, headerRows, rowsOf } from './table-pairs';
import { visibleText } from './visible-text';

/** One row of a PCSE list page: a form's reference and where it has got to. */
export type ListStatus = z.infer<typeof ListStatusMessage>;

const StatusWords = z.object({
  about: z.string(),
  statuses: z.array(z.object({ status: SubmissionStatus, phrases: z.array(z.string().check(z.regex(/^[a-z0-9 ]+$/))) })),
  negations: z.array(z.string()),
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

/** Statuses from every table under root whose header has a Reference column and a Status column. */
export function readStatuses(root: ParentNode): ListStatus[] {
  return Array.from(root.querySelectorAll('table')).flatMap(statusesIn);
}

function statusesIn(table: HTMLTableElement): ListStatus[] {
  const rows = rowsOf(table);
  const header = headerRows(rows);
  const headers = columnNames(header).map((name) => name.toLowerCase());
  // "Reference" itself beats "Unique payment reference"; a Locum B list has only the latter, which is its reference.
  const reference = indexOf(
    headers,
    (h) => h === 'reference',
    (h) => h.includes('reference'),
  );
  const status = indexOf(
    headers,
    (h) => h === 'status',
    (h) => h.includes('status'),
  );
  const reason = indexOf(headers, (h) => h.includes('reason'));
  if (reference < 0 || status < 0) return [];
  const found: ListStatus[] = [];
  for (const row of rows.filter((row) => !header.includes(row))) {
    const cells = columns(row);
    const text = (i: number) => (i >= 0 && cells[i] ? visibleText(cells[i]).replace(/\n/g, ' ') : '');
    const rawStatus = text(status);
    const mapped = statusFromText(rawStatus);
    const ref = text(reference);
    if (!mapped || !ref) continue;
    const why = text(reason);
    // A dash or "n/a" in the Reason column says there is none.
    const hasReason = /[a-z0-9]/i.test(why) && !/^n\/?a$/i.test(why);
    found.push({ reference: ref, status: mapped, rawStatus, ...(hasReason && { reason: why }) });
  }
  return found;
}

function indexOf(headers: string[], ...tests: ((header: string) => boolean)[]): number {
  for (const test of tests) {
    const i = headers.findIndex(test);
    if (i >= 0) return i;
  }
  return -1;
}
