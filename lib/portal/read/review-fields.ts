import * as z from 'zod/mini';
import { normaliseLabel } from '../recognise/text';
import data from './review-labels.json';

const Field = z.enum([
  'pensionable',
  'fee',
  'employer',
  'gmc',
  'paidOn',
  'firstDay',
  'lastDay',
  'dates',
  'ods',
  'practice',
  'name',
  'reference',
]);
/** A part of a Locum A as an approval review page shows it. */
export type ReviewField = z.infer<typeof Field>;

const Phrases = z.array(z.string().check(z.regex(/^[a-z0-9% ]+$/)));
const ReviewLabels = z.object({
  about: z.string(),
  decoys: Phrases,
  fields: z.array(z.object({ field: Field, phrases: Phrases, exact: z.optional(Phrases) })),
});
const LABELS = ReviewLabels.parse(data);

const wholeWords = (phrases: string[]) => new RegExp(`\\b(?:${phrases.join('|')})\\b`);
const DECOY = wholeWords(LABELS.decoys);
const FIELDS = LABELS.fields.map(({ field, phrases, exact }) => ({ field, pattern: wholeWords(phrases), exact: new Set(exact) }));

/** Lower case words with bracketed text kept: "(including employer contribution)" decides what a total is. */
function withQualifiers(label: string): string {
  return label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** The part of a Locum A a label names (review-labels.json), or undefined for a label that names none or a look-alike. */
export function reviewFieldOf(label: string): ReviewField | undefined {
  if (DECOY.test(withQualifiers(label))) return undefined;
  const plain = normaliseLabel(label);
  return FIELDS.find(({ pattern, exact }) => exact.has(plain) || pattern.test(plain))?.field;
}
