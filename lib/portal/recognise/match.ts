import type { Concept } from './concepts';
import type { FieldKind } from './fields';

/** An exact label beats one that starts with the phrase, which beats one that merely contains it. */
const EXACT = 100;
const STARTS = 80;
const CONTAINS = 50;
const TOKENS = 40;

/** Does normalised text contain the phrase as whole words? */
export function hasWords(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/** How well a normalised label names a phrase: more of the label explained scores higher. */
export function phraseScore(label: string, phrase: string): number {
  if (label === phrase) return EXACT;
  const share = (10 * phrase.length) / label.length;
  if (label.startsWith(`${phrase} `)) return STARTS + share;
  if (hasWords(label, phrase)) return CONTAINS + share;
  return 0;
}

/** How well a label, already normalised (normaliseLabel), names a concept. */
export function labelScore(label: string, concept: Concept): number {
  if (!label || concept.unless?.some((phrase) => hasWords(label, phrase))) return 0;
  const exact = concept.exact?.some((phrase) => phrase === label) ? EXACT : 0;
  return Math.max(exact, ...concept.labels.map((phrase) => phraseScore(label, phrase)));
}

/** How well the words of an id and name (nameTokens) name a concept. */
export function tokenScore(tokens: Set<string>, concept: Concept): number {
  const best = Math.max(0, ...concept.tokens.filter((set) => set.every((token) => tokens.has(token))).map((set) => set.length));
  return best > 0 ? TOKENS + best : 0;
}

const FITS: Record<Concept['kind'], FieldKind[]> = {
  text: ['text', 'output', 'select'],
  money: ['text', 'output'],
  date: ['text', 'splitDate', 'output'],
  month: ['select', 'splitDate', 'text'],
  year: ['select', 'text'],
  choice: ['select', 'radioGroup'],
  checkbox: ['checkbox'],
  rowCheckbox: ['checkbox'],
};

/** A concept only ever matches a field that can hold its kind of value: a date is never a checkbox. */
export function fits(concept: Concept, kind: FieldKind): boolean {
  return FITS[concept.kind].includes(kind);
}
