import { offersChoices } from './choice-options';
import { CONCEPTS_FILE, type Concept } from './concepts';
import { WEIGHTS, type LabelSource } from './evidence';
import type { FieldKind, PageField } from './fields';
import type { LabelCandidate } from './labels';
import { fits, textHits, tokenHits, type Contender, type Hit } from './match';
import { bracketed, nameTokens, normaliseLabel } from './text';

/** How much evidence a field has for each concept and decoy: every text found for it, weighed, and its shape. */

const DECOYS: Contender[] = CONCEPTS_FILE.decoys.map((decoy) => ({ id: `decoy:${decoy.looksLike}`, decoy }));
const contenderOf = new WeakMap<Concept, Contender>();

function asContender(concept: Concept): Contender {
  let contender = contenderOf.get(concept);
  if (!contender) {
    contender = { id: concept.id, concept };
    contenderOf.set(concept, contender);
  }
  return contender;
}

export type Scored = { contender: Contender; score: number; source: LabelSource | 'shape'; strongest: number };

/**
 * What a page's fields may be: its concepts and every decoy. Texts are read against all of them at once (a decoy
 * another concept's phrase explains is no decoy), and each field then keeps those its kind can hold.
 */
export type Contenders = { all: Contender[]; forKind: (kind: FieldKind) => Set<Contender> };

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
  const all = [...concepts.map(asContender), ...DECOYS];
  return {
    all,
    forKind(kind) {
      let contenders = byKind.get(kind);
      if (!contenders) {
        // A tick box is never filled from its label alone (declarations, Locum A rows): nothing is gained by calling it a decoy.
        contenders = new Set(all.filter((c) => (c.concept ? fits(c.concept, kind) : kind !== 'checkbox')));
        byKind.set(kind, contenders);
      }
      return contenders;
    },
  };
}

/** A text's own words, then its bracketed words at a lower weight; a decoy in brackets rules out the words outside too. */
function textEvidence(raw: string, contenders: Contender[]): Hit[] {
  // "fee + employer contribution" is a sum of the two, and reads as one: "plus" is a decoy unless a phrase says it.
  const text = raw.includes('+') ? raw.replace(/\+/g, ' plus ') : raw;
  const main = textHits(normaliseLabel(text), contenders);
  const aside = bracketed(text).flatMap((inner) => textHits(inner, contenders));
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
type Memory = { texts: Map<string, Hit[]>; tokens: Map<string, Hit[]> };
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

function hitsOf(candidate: LabelCandidate, contenders: Contenders): Hit[] {
  let memory = memories.get(contenders);
  if (!memory) {
    memory = { texts: new Map(), tokens: new Map() };
    memories.set(contenders, memory);
  }
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
function textTotals(field: PageField, contenders: Contenders): { totals: Map<Contender, Scored>; named: Set<Contender> } {
  const counts = contenders.forKind(field.kind);
  const totals = new Map<Contender, Scored>();
  const named = new Set<Contender>();
  const read = new Set<string>();
  for (const candidate of field.labels) {
    // The same words twice (a row header that is also the preceding text) are one piece of evidence, at the better weight.
    const words =
      candidate.source === 'tokens'
        ? `tokens ${candidate.text}`
        : `${normaliseLabel(candidate.text)} (${bracketed(candidate.text).join(')(')})`;
    if (read.has(words)) continue;
    read.add(words);
    const weight = WEIGHTS.sources[candidate.source].weight;
    for (const hit of hitsOf(candidate, contenders)) {
      if (!counts.has(hit.contender)) continue;
      if (candidate.source === 'tokens') named.add(hit.contender);
      add(totals, hit.contender, weight * hit.score, candidate.source);
    }
  }
  return { totals, named };
}

/** What the box's options and shape say: evidence of its own for a concept keyed by id, an adjustment for one by kind. */
function addShapeEvidence(field: PageField, contenders: Set<Contender>, totals: Map<Contender, Scored>): void {
  for (const contender of contenders)
    if (contender.concept?.options && offersChoices(field, contender.concept)) add(totals, contender, WEIGHTS.options.weight, 'shape');
  const shape = field.shape && WEIGHTS.shapes[field.shape].weights;
  // A list of tiers labelled "Tier used last year" is last year's: its options say nothing against its words.
  const decoyNamed = [...totals.values()].some(
    (total) => total.contender.decoy && !total.contender.decoy.weak && total.score >= WEIGHTS.decide.least,
  );
  if (!shape || decoyNamed) return;
  for (const contender of contenders) {
    const { concept } = contender;
    if (!concept) continue;
    const own = shape[concept.id];
    if (own !== undefined) add(totals, contender, own, 'shape');
    else if (totals.has(contender)) totals.get(contender)!.score += shape[concept.kind] ?? 0;
  }
}

/** Every piece of evidence for a field, contender by contender, best first. */
export function weigh(field: PageField, contenders: Contenders): Scored[] {
  const { totals, named } = textTotals(field, contenders);
  // An id or name that names a decoy ("txtVat") outweighs a label that only mentions a concept ("Fee excluding VAT").
  if ([...named].some((contender) => contender.decoy && !contender.decoy.weak))
    for (const contender of totals.keys()) if (contender.concept && !named.has(contender)) totals.delete(contender);
  addShapeEvidence(field, contenders.forKind(field.kind), totals);
  return [...totals.values()].filter((entry) => entry.score > 0).sort((x, y) => y.score - x.score);
}
