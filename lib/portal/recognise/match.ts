import { CONCEPTS_FILE, type Concept, type Decoy } from './concepts';
import { WEIGHTS } from './evidence';
import type { FieldKind } from './fields';
import { PHRASE_FORMS } from './phrase-forms';
import { phraseForms, type Phrase, type PhraseForms } from './phrases';
import { baseWords, meaningful, splitNegation } from './words';

const { exact: EXACT, starts: STARTS, contains: CONTAINS, words: WORDS, tokens: TOKENS, share: SHARE } = WEIGHTS.match;

/**
 * Does normalised text contain the phrase as whole words? As ` ${text} `.includes(` ${phrase} `), without making
 * either string: it is asked thousands of times on a cold page, and each new string is garbage to collect.
 */
export function hasWords(text: string, phrase: string): boolean {
  if (!phrase) return ` ${text} `.includes('  ');
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || text[at - 1] === ' ') && (end === text.length || text[end] === ' ')) return true;
  }
  return false;
}

/** How well a normalised label names a phrase: more of the label explained scores higher. */
function phraseScore(label: string, phrase: string): number {
  if (label === phrase) return EXACT;
  const share = (SHARE * phrase.length) / label.length;
  if (label.startsWith(phrase) && label[phrase.length] === ' ') return STARTS + share;
  if (hasWords(label, phrase)) return CONTAINS + share;
  return 0;
}

/** Something a text may name: a ledger concept, or a decoy that is not the ledger's. */
export type Contender = { id: string; concept?: Concept; decoy?: Decoy };

/** concepts.json's own concepts and decoys come with their forms worked out at build time (phrase-forms.ts). */
const SHIPPED = new Map<Concept | Decoy, PhraseForms>([
  ...CONCEPTS_FILE.concepts.map((concept, i) => [concept, PHRASE_FORMS.concepts[i]!] as const),
  ...CONCEPTS_FILE.decoys.map((decoy, i) => [decoy, PHRASE_FORMS.decoys[i]!] as const),
]);

const prepared = new WeakMap<Contender, PhraseForms>();

function prepare(contender: Contender): PhraseForms {
  let ready = prepared.get(contender);
  if (!ready) {
    const { concept, decoy } = contender;
    ready = (concept ? SHIPPED.get(concept) : decoy && SHIPPED.get(decoy)) ?? phraseForms(contender);
    prepared.set(contender, ready);
  }
  return ready;
}

type Reading = { text: string; meaning: Set<string>; size: number };

function reading(words: string[]): Reading {
  const meaning = meaningful(words);
  return { text: words.join(' '), meaning: new Set(meaning), size: meaning.length };
}

/** Contiguous first; failing that, every meaningful word of a phrase of two or more, in any order ("When were you paid?"). */
function phraseEvidence(r: Reading, p: Phrase): number {
  const contiguous = r.text ? phraseScore(r.text, p.text) : 0;
  if (contiguous > 0 || p.meaning.length < 2 || !p.meaning.every((word) => r.meaning.has(word))) return contiguous;
  // Two words of a long sentence say little: "total … pay" is not "Total to pay" in "Total of pensionable pay from Locum As".
  return p.meaning.length * 2 >= r.size ? WORDS + (SHARE * p.meaning.length) / r.size : 0;
}

/** How well a reading names a contender, and the phrase that named it. */
function best(r: Reading, contender: Contender): { score: number; phrase: string } {
  const { phrases, exact, unless } = prepare(contender);
  if (unless.some((u) => hasWords(r.text, u))) return { score: 0, phrase: '' };
  let top = { score: exact.includes(r.text) ? EXACT : 0, phrase: r.text };
  for (const p of phrases) {
    // A decoy is named outright: its words scattered ("paid" … "to date") say nothing against "Date paid".
    const score = contender.decoy ? (r.text ? phraseScore(r.text, p.text) : 0) : phraseEvidence(r, p);
    if (score > top.score) top = { score, phrase: p.text };
  }
  return top;
}

export type Hit = { contender: Contender; score: number };
type Found = Hit & { phrase: string };

/**
 * A decoy phrase ("mileage", "including") rules out every concept whose own phrase does not say it; a weak one
 * ("total") only counts against them. A decoy a concept's phrase explains ("total fee") is no decoy.
 */
function settle(found: Found[]): Hit[] {
  const concepts = found.filter((f) => !f.contender.decoy);
  const standing = found.filter((f) => f.contender.decoy && !concepts.some((c) => hasWords(c.phrase, f.phrase)));
  // A weak decoy ("total") only names a field when nothing else does: a Locum B is all totals.
  const named = standing.filter((d) => !d.contender.decoy!.weak || concepts.length === 0);
  const hits: Hit[] = named.map(({ contender, score }) => ({ contender, score }));
  for (const c of concepts) {
    const against = standing.filter((d) => !hasWords(c.phrase, d.phrase));
    if (against.some((d) => !d.contender.decoy!.weak)) continue;
    hits.push({ contender: c.contender, score: c.score - against.length * WEIGHTS.weakDecoy.weight });
  }
  return hits;
}

/**
 * What one normalised text says, contender by contender. Concepts named after a negator ("excluding employer
 * contributions") count against those concepts.
 */
export function textHits(label: string, contenders: Contender[]): Hit[] {
  const { said, denied } = splitNegation(baseWords(label));
  const r = reading(said);
  const found: Found[] = [];
  for (const contender of mayName(said, r.text, contenders)) {
    const top = best(r, contender);
    if (top.score > 0) found.push({ contender, ...top });
  }
  const hits = settle(found);
  if (denied.length > 0) {
    const not = reading(denied);
    for (const contender of mayName(denied, not.text, contenders))
      if (contender.concept && best(not, contender).score > 0) hits.push({ contender, score: WEIGHTS.denied.weight });
  }
  return hits;
}

/** Contenders by a word each of their phrases must hold, and by their exact texts. */
type Index = { byWord: Map<string, Set<Contender>>; byExact: Map<string, Set<Contender>> };
const indexes = new WeakMap<Contender[], Index>();

function put(map: Map<string, Set<Contender>>, key: string, contender: Contender): void {
  const set = map.get(key);
  if (set) set.add(contender);
  else map.set(key, new Set([contender]));
}

function indexOf(contenders: Contender[]): Index {
  let index = indexes.get(contenders);
  if (!index) {
    index = { byWord: new Map(), byExact: new Map() };
    for (const contender of contenders) {
      const { phrases, exact } = prepare(contender);
      for (const p of phrases) put(index.byWord, p.meaning[0] ?? p.text.split(' ')[0]!, contender);
      for (const text of exact) put(index.byExact, text, contender);
    }
    indexes.set(contenders, index);
  }
  return index;
}

/**
 * The contenders a text could name at all, in their own order: a phrase scores only when its words are in the text,
 * so a phrase whose first meaningful word is missing is never compared (a cold page reads hundreds of texts).
 */
function mayName(words: string[], text: string, contenders: Contender[]): Contender[] {
  const { byWord, byExact } = indexOf(contenders);
  const possible = new Set(byExact.get(text));
  for (const word of words) for (const contender of byWord.get(word) ?? []) possible.add(contender);
  return contenders.filter((contender) => possible.has(contender));
}

function tokenSets(contender: Contender): string[][] {
  // A decoy's one-word phrases only: "last year" split into words would find it in "ddlLastDay1Year".
  return contender.concept?.tokens ?? contender.decoy?.phrases.filter((p) => !p.includes(' ')).map((p) => [p]) ?? [];
}

/** How well the words of an id and name (nameTokens) name each contender: all of one of its word sets. */
export function tokenHits(tokens: Set<string>, contenders: Contender[]): Hit[] {
  const found: Found[] = [];
  for (const contender of contenders) {
    const sets = tokenSets(contender).filter((set) => set.every((token) => tokens.has(token)));
    const most = sets.reduce<string[]>((top, set) => (set.length > top.length ? set : top), []);
    if (most.length > 0) found.push({ contender, score: TOKENS + most.length, phrase: most.join(' ') });
  }
  return settle(found);
}

const FITS: Record<Concept['kind'], FieldKind[]> = {
  text: ['text', 'output', 'select'],
  money: ['text', 'output', 'splitMoney'],
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
