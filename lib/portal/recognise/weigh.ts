import { offersChoices } from './choice-options';
import { CONCEPTS_FILE, type Concept } from './concepts';
import { NAME_SOURCES, WEIGHTS, type LabelSource } from './evidence';
import type { FieldKind, PageField } from './fields';
import type { LabelCandidate } from './labels';
import { fits, textHits, tokenHits, type Contender, type Hit } from './match';
import { boxLetterOf, bracketed, nameTokens, normaliseLabel } from './text';

/** How much evidence a field has for each concept and decoy: every text found for it, weighed, and its shape. */

const DECOYS: Contender[] = CONCEPTS_FILE.decoys.map((decoy) => ({ id: `decoy:${decoy.looksLike}`, decoy }));
const contenderOf = new WeakMap<Concept, Contender>();
const TICKS: Concept['kind'][] = ['checkbox', 'rowCheckbox'];
/** Texts about the section a box is in, or advice on it: never its name. */
const SECTION_SOURCES = new Set<LabelSource>(['caption', 'group', 'heading', 'hint']);
const FORM_CONCEPTS = CONCEPTS_FILE.concepts.filter(
  (concept) => !TICKS.includes(concept.kind) && concept.pages.some((page) => page === 'locumAForm' || page === 'locumBForm'),
);

function asContender(concept: Concept): Contender {
  let contender = contenderOf.get(concept);
  if (!contender) {
    contender = { id: concept.id, concept };
    contenderOf.set(concept, contender);
  }
  return contender;
}

type Scored = { contender: Contender; score: number; source: LabelSource | 'shape'; strongest: number };

/**
 * What a page's fields may be: its concepts and every decoy. Texts are read against all of them at once (a decoy
 * another concept's phrase explains is no decoy), and each field then keeps those its kind can hold.
 */
export type Contenders = {
  all: Contender[];
  /** The other form's concepts: read apart, so they never settle what a text says of this page's. */
  foreign: Contender[];
  forKind: (kind: FieldKind) => Set<Contender>;
  /** The concepts a field of this kind cannot hold (a money box is never the tier): named by a text, they are what it is about. */
  misfitsFor: (kind: FieldKind) => Set<Contender>;
};

const made = new Map<string, Contenders>();

/** The contenders of a list of concepts, made once per list: their phrase index, rankings and memory are kept with them. */
export function contendersOf(concepts: Concept[]): Contenders {
  const key = concepts.map((concept) => concept.id).join(' ');
  let contenders = made.get(key);
  if (!contenders) {
    contenders = makeContenders(concepts);
    made.set(key, contenders);
  }
  return contenders;
}

function makeContenders(concepts: Concept[]): Contenders {
  const byKind = new Map<FieldKind, Set<Contender>>();
  const misfitsByKind = new Map<FieldKind, Set<Contender>>();
  const own = new Set(concepts);
  // The other form's concepts are read too, only to tell a box about one of them ("Employer contribution rate" on a Locum B).
  const others = FORM_CONCEPTS.filter((concept) => !own.has(concept));
  const all = [...concepts.map(asContender), ...DECOYS];
  const foreign = others.map(asContender);
  return {
    all,
    foreign,
    forKind(kind) {
      let contenders = byKind.get(kind);
      if (!contenders) {
        // A tick box is never filled from its label alone (declarations, Locum A rows): nothing is gained by calling it a decoy.
        contenders = new Set(all.filter((c) => (c.concept ? fits(c.concept, kind) : kind !== 'checkbox')));
        byKind.set(kind, contenders);
      }
      return contenders;
    },
    misfitsFor(kind) {
      let misfits = misfitsByKind.get(kind);
      if (!misfits) {
        misfits = new Set([...all, ...foreign].filter((c) => c.concept && !TICKS.includes(c.concept.kind) && !fits(c.concept, kind)));
        misfitsByKind.set(kind, misfits);
      }
      return misfits;
    },
  };
}

const EXPLAINS = /^(based on|for example|e g|eg|see|as shown|if|use|check)\b/;

/** A Locum B box's letter before its words names that box: "g Employee contributions grand total", "(b) …". */
function boxLetterHits(raw: string, contenders: Contender[]): Hit[] {
  const letter = boxLetterOf(raw);
  const box = letter && contenders.find((contender) => contender.id === `box${letter.toUpperCase()}`);
  return box ? [{ contender: box, score: WEIGHTS.boxLetter.weight }] : [];
}

/** A text's own words, then its bracketed words at a lower weight; a decoy in brackets rules out the words outside too. */
function textEvidence(raw: string, contenders: Contender[]): Hit[] {
  // "fee + employer contribution" is a sum of the two, and reads as one: "plus" is a decoy unless a phrase says it.
  const text = raw.includes('+') ? raw.replace(/\+/g, ' plus ') : raw;
  const main = [...textHits(normaliseLabel(text), contenders), ...boxLetterHits(raw, contenders)];
  // "(based on your annualised GP income)" explains how to answer; it does not qualify what the box is.
  const aside = bracketed(text)
    .filter((inner) => !EXPLAINS.test(inner))
    .flatMap((inner) => textHits(inner, contenders));
  if (aside.length === 0) return main;
  const ruledOut = aside.some((hit) => hit.contender.decoy && !hit.contender.decoy.weak);
  const kept = ruledOut ? main.filter((hit) => hit.contender.decoy) : main;
  return [...kept, ...aside.map((hit) => ({ contender: hit.contender, score: hit.score * WEIGHTS.bracket.weight }))];
}

/**
 * What each text says to a list of contenders, remembered across calls: a 20-period form repeats its labels 40 times
 * over, and a fill reads the page two or three times. An id or name is remembered by its words, which a row's number
 * is not one of ("first-day-worked-2-day" and "-3-day" say the same). Long texts are not kept, and the memory is
 * cleared when it grows, as normaliseLabel's.
 */
type Memory = { texts: Map<string, Hit[]>; tokens: Map<string, Hit[]>; foreign: Map<string, Hit[]> };
const memories = new WeakMap<Contenders, Memory>();
const REMEMBERED = 2_000;

function remembered(memory: Map<string, Hit[]>, key: string, work: () => Hit[]): Hit[] {
  let hits = memory.get(key);
  if (!hits) {
    hits = work();
    if (memory.size >= REMEMBERED) memory.clear();
    if (key.length <= 200) memory.set(key, hits);
  }
  return hits;
}

function hitsOf(candidate: LabelCandidate, contenders: Contenders, foreign = false): Hit[] {
  let memory = memories.get(contenders);
  if (!memory) {
    memory = { texts: new Map(), tokens: new Map(), foreign: new Map() };
    memories.set(contenders, memory);
  }
  if (foreign) return remembered(memory.foreign, candidate.text, () => textEvidence(candidate.text, contenders.foreign));
  if (candidate.source !== 'tokens') return remembered(memory.texts, candidate.text, () => textEvidence(candidate.text, contenders.all));
  const tokens = nameTokens(candidate.text);
  return remembered(memory.tokens, tokens.join(' '), () => tokenHits(new Set(tokens), contenders.all));
}

/** Adds evidence to a contender's total, creating it at this source when the contender had none. */
function add(totals: Map<Contender, Scored>, contender: Contender, score: number, source: Scored['source']): void {
  const total = totals.get(contender);
  if (!total) totals.set(contender, { contender, score, source, strongest: score });
  else {
    total.score += score;
    if (score > total.strongest) Object.assign(total, { source, strongest: score });
  }
}

/** Every text found for a field, weighed by where it came from; the concepts its id or name names. */
type TextTotals = {
  totals: Map<Contender, Scored>;
  misfits: Map<Contender, Scored>;
  /** The contenders an id or name names, and those a text of the box's own names (not only a section's). */
  named: Set<Contender>;
  namedBy: Set<Contender>;
  hasName: boolean;
};

function textTotals(field: PageField, contenders: Contenders): TextTotals {
  const counts = contenders.forKind(field.kind);
  const misfit = contenders.misfitsFor(field.kind);
  const foreignMisfits = contenders.foreign.some((contender) => misfit.has(contender));
  const totals = new Map<Contender, Scored>();
  const misfits = new Map<Contender, Scored>();
  const named = new Set<Contender>();
  const namedBy = new Set<Contender>();
  const read = new Set<string>();
  let hasName = false;
  for (const candidate of field.labels) {
    if (NAME_SOURCES.has(candidate.source)) hasName = true;
    // The same words twice (a row header that is also the preceding text) are one piece of evidence, at the better weight.
    const words =
      candidate.source === 'tokens'
        ? `tokens ${candidate.text}`
        : `${normaliseLabel(candidate.text)} (${bracketed(candidate.text).join(')(')})`;
    if (read.has(words)) continue;
    read.add(words);
    const weight = WEIGHTS.sources[candidate.source].weight;
    const own = hitsOf(candidate, contenders);
    // A section's caption or heading names no box: what a box is, and what it is about, come from its own texts.
    const ownText = !SECTION_SOURCES.has(candidate.source);
    // The other form's concepts are read only when a box of this kind cannot hold some of them (a list, a tick box).
    if (candidate.source !== 'tokens' && ownText && misfit.size > 0)
      for (const hit of [...own, ...(foreignMisfits ? hitsOf(candidate, contenders, true) : [])])
        if (misfit.has(hit.contender)) add(misfits, hit.contender, weight * hit.score, candidate.source);
    for (const hit of own) {
      if (!counts.has(hit.contender)) continue;
      if (candidate.source === 'tokens') named.add(hit.contender);
      if (hit.score > 0 && ownText) namedBy.add(hit.contender);
      add(totals, hit.contender, weight * hit.score, candidate.source);
    }
  }
  return { totals, misfits, named, namedBy, hasName };
}

/**
 * What the box's options and shape say: evidence of its own for a concept keyed by id, an adjustment for one by kind.
 * Whether options named a concept's choices apart.
 */
function addShapeEvidence(field: PageField, contenders: Set<Contender>, totals: Map<Contender, Scored>, hasName: boolean): boolean {
  let chosen = false;
  for (const contender of contenders)
    if (contender.concept?.options && offersChoices(field, contender.concept)) {
      add(totals, contender, WEIGHTS.options.weight, 'shape');
      chosen = true;
    }
  const shapeWeights = field.shape && WEIGHTS.shapes[field.shape];
  const shape = shapeWeights?.weights;
  // A list of tiers labelled "Tier used last year" is last year's: its options say nothing against its words.
  const decoyNamed = [...totals.values()].some(
    (total) => total.contender.decoy && !total.contender.decoy.weak && total.score >= WEIGHTS.decide.least,
  );
  if (!shape || decoyNamed) return chosen;
  for (const contender of contenders) {
    const { concept } = contender;
    if (!concept) continue;
    const own = shape[concept.id];
    // A box whose name says nothing of the concept is not taken for it on its shape alone, unless the shape is its
    // value's own (a list of practices): rates labelled "Rate used for 2024/25" are another year's. Reported, never guessed.
    if (own !== undefined && (totals.has(contender) || !hasName || shapeWeights.alone)) add(totals, contender, own, 'shape');
    else if (totals.has(contender)) totals.get(contender)!.score += shape[concept.kind] ?? 0;
  }
  return chosen;
}

/** A field's evidence: every contender best first, and a concept it cannot hold that its texts name better than any it can. */
export type Weighed = { ranked: Scored[]; misfit?: Scored };

/** Every piece of evidence for a field, contender by contender, best first. */
export function weigh(field: PageField, contenders: Contenders): Weighed {
  const { totals, misfits, named, namedBy, hasName } = textTotals(field, contenders);
  // An id or name that names a decoy ("txtVat") outweighs a label that only mentions a concept ("Fee excluding VAT").
  if ([...named].some((contender) => contender.decoy && !contender.decoy.weak))
    for (const contender of totals.keys()) if (contender.concept && !named.has(contender)) totals.delete(contender);
  // A section's caption, heading, group name or hint only settles close calls: alone, it names no box ("Total to pay"
  // over "Member contributions" is not box i).
  for (const contender of totals.keys()) if (contender.concept && !namedBy.has(contender)) totals.delete(contender);
  // What the texts say of the concepts the box can hold, before its shape adds to them.
  const said = Math.max(0, ...[...totals.values()].filter((entry) => entry.contender.concept).map((entry) => entry.score));
  const misfit = [...misfits.values()]
    .filter((entry) => entry.score >= WEIGHTS.decide.least && entry.score - said >= WEIGHTS.decide.clearLead)
    .sort((x, y) => y.score - x.score)[0];
  // Options that name a concept's choices apart (practice work, appraisal work) say what the box is, whatever its caption.
  const chosen = addShapeEvidence(field, contenders.forKind(field.kind), totals, hasName);
  const ranked = [...totals.values()].filter((entry) => entry.score > 0).sort((x, y) => y.score - x.score);
  return { ranked, ...(misfit && !chosen && { misfit }) };
}
