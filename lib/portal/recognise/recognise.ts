import { offersChoices } from './choice-options';
import { CONCEPTS_FILE, type Concept } from './concepts';
import { WEIGHTS } from './evidence';
import type { FieldKind, PageField } from './fields';
import type { LabelSource } from './evidence';
import type { LabelCandidate } from './labels';
import { fits, textHits, tokenHits, type Contender, type Hit } from './match';
import { bracketed, nameTokens, normaliseLabel } from './text';

export type Recognition = {
  field: PageField;
  status: 'matched' | 'ambiguous' | 'unknown';
  concept?: Concept;
  /** Other concepts the label fits as well: why an ambiguous field was left alone. */
  rivals: Concept[];
  score: number;
  /** Where the strongest evidence came from: a text's source, the box's shape or options, or the user's teaching. */
  source?: LabelSource | 'shape' | 'taught';
  /** For repeated concepts (period rows, Locum A rows): which occurrence, counting from 0. */
  index: number;
  /** An unknown field that looks like something not the ledger's: "mileage", "a total including something else". */
  looksLike?: string;
};

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

type Scored = { contender: Contender; score: number; source: LabelSource | 'shape'; strongest: number };

/** Everything a text may name: every concept of every page (filtered per field afterwards), and every decoy. */
const EVERYTHING: Contender[] = [...CONCEPTS_FILE.concepts.map(asContender), ...DECOYS];

/** A text's own words, then its bracketed words at a lower weight; a decoy in brackets rules out the words outside too. */
function textEvidence(raw: string): Hit[] {
  // "fee + employer contribution" is a sum of the two, and reads as one: "plus" is a decoy unless a phrase says it.
  const text = raw.includes('+') ? raw.replace(/\+/g, ' plus ') : raw;
  const main = textHits(normaliseLabel(text), EVERYTHING);
  const aside = bracketed(text).flatMap((inner) => textHits(inner, EVERYTHING));
  if (aside.length === 0) return main;
  const ruledOut = aside.some((hit) => hit.contender.decoy && !hit.contender.decoy.weak);
  const kept = ruledOut ? main.filter((hit) => hit.contender.decoy) : main;
  return [...kept, ...aside.map((hit) => ({ contender: hit.contender, score: hit.score * WEIGHTS.bracket.weight }))];
}

/**
 * What each text says, remembered across calls: a 20-period form repeats its labels 40 times over, and a fill reads
 * the page two or three times. Long texts are not kept, and the memory is cleared when it grows, as normaliseLabel's.
 */
const said = new Map<string, Hit[]>();
const REMEMBERED = 2_000;

function hitsOf(candidate: LabelCandidate): Hit[] {
  const tokens = candidate.source === 'tokens';
  const key = `${tokens}\u0000${candidate.text}`;
  let hits = said.get(key);
  if (!hits) {
    hits = tokens ? tokenHits(new Set(nameTokens(candidate.text)), EVERYTHING) : textEvidence(candidate.text);
    if (said.size >= REMEMBERED) said.clear();
    if (candidate.text.length <= 200) said.set(key, hits);
  }
  return hits;
}

/** Every text found for a field, weighed by where it came from, plus what the box's shape says; best first. */
/** The contenders for each kind of field, worked out once per recognise() call. */
type Contenders = (kind: FieldKind) => Set<Contender>;

function contendersOf(concepts: Concept[]): Contenders {
  const byKind = new Map<FieldKind, Set<Contender>>();
  return (kind) => {
    let contenders = byKind.get(kind);
    if (!contenders) {
      // A tick box is never filled from its label alone (declarations, Locum A rows): nothing is gained by calling it a decoy.
      const decoys = kind === 'checkbox' ? [] : DECOYS;
      contenders = new Set([...concepts.filter((concept) => fits(concept, kind)).map(asContender), ...decoys]);
      byKind.set(kind, contenders);
    }
    return contenders;
  };
}

function weigh(field: PageField, contendersFor: Contenders): Scored[] {
  const counts = contendersFor(field.kind);
  const contenders = [...counts];
  const totals = new Map<Contender, Scored>();
  const named = new Set<Contender>();
  const read = new Set<string>();
  for (const candidate of field.labels) {
    // The same words twice (a row header that is also the preceding text) are one piece of evidence, at the better weight.
    const said =
      candidate.source === 'tokens'
        ? `tokens ${candidate.text}`
        : `${normaliseLabel(candidate.text)} (${bracketed(candidate.text).join(')(')})`;
    if (read.has(said)) continue;
    read.add(said);
    const weight = WEIGHTS.sources[candidate.source].weight;
    for (const hit of hitsOf(candidate)) {
      if (!counts.has(hit.contender)) continue;
      if (candidate.source === 'tokens') named.add(hit.contender);
      const add = weight * hit.score;
      const total = totals.get(hit.contender);
      if (!total) totals.set(hit.contender, { contender: hit.contender, score: add, source: candidate.source, strongest: add });
      else {
        total.score += add;
        if (add > total.strongest) Object.assign(total, { source: candidate.source, strongest: add });
      }
    }
  }
  for (const contender of contenders)
    if (contender.concept?.options && offersChoices(field, contender.concept)) {
      const own = WEIGHTS.options.weight;
      const total = totals.get(contender);
      if (total) total.score += own;
      else totals.set(contender, { contender, score: own, source: 'shape', strongest: own });
    }
  // An id or name that names a decoy ("txtVat") outweighs a label that only mentions a concept ("Fee excluding VAT").
  if ([...named].some((contender) => contender.decoy && !contender.decoy.weak))
    for (const contender of totals.keys()) if (contender.concept && !named.has(contender)) totals.delete(contender);
  const shape = field.shape && WEIGHTS.shapes[field.shape].weights;
  // A list of tiers labelled "Tier used last year" is last year's: its options say nothing against its words.
  const decoyNamed = [...totals.values()].some(
    (total) => total.contender.decoy && !total.contender.decoy.weak && total.score >= WEIGHTS.decide.least,
  );
  if (shape && !decoyNamed)
    for (const contender of contenders) {
      const { concept } = contender;
      if (!concept) continue;
      const total = totals.get(contender);
      const own = shape[concept.id];
      if (own !== undefined) {
        if (total) total.score += own;
        else totals.set(contender, { contender, score: own, source: 'shape', strongest: own });
      } else if (total) total.score += shape[concept.kind] ?? 0;
    }
  return [...totals.values()].filter((entry) => entry.score > 0).sort((x, y) => y.score - x.score);
}

function recogniseField(field: PageField, contendersFor: Contenders): Recognition {
  const ranked = weigh(field, contendersFor);
  const [best] = ranked;
  const unknown: Recognition = { field, status: 'unknown', rivals: [], score: 0, index: 0 };
  const { least, tie } = WEIGHTS.decide;
  if (!best || best.score < least) return unknown;
  const close = ranked.filter((entry) => best.score - entry.score < tie);
  // A field as like a decoy as a concept is left alone: filling a mileage box with the fee is worse than not filling it.
  if (close.some((entry) => entry.contender.decoy)) {
    // "Total including employer contribution" is named by what it includes, not by being a total.
    const decoys = ranked.filter((entry) => entry.contender.decoy && entry.score >= least);
    const decoy = decoys.find((entry) => !entry.contender.decoy!.weak) ?? close.find((entry) => entry.contender.decoy)!;
    return { ...unknown, score: decoy.score, looksLike: decoy.contender.decoy!.looksLike };
  }
  // A list of practices is chosen by the practice's name or its code alike: those two are one choice there.
  const alike = field.kind === 'select' ? (best.contender.concept!.alsoShown ?? []) : [];
  const rivals = close
    .slice(1)
    .map((entry) => entry.contender.concept!)
    .filter((concept) => !alike.includes(concept.id));
  return {
    field,
    status: rivals.length > 0 ? 'ambiguous' : 'matched',
    concept: best.contender.concept!,
    rivals,
    score: best.score,
    source: best.source,
    index: 0,
  };
}

/**
 * The concepts a page's fields are recognised as, field by field, as far as they are read: the concept of each field
 * that recognise() would call matched or ambiguous. Settling claims only drops a field whose concept another field
 * keeps, so this is the same set of concepts, and a caller that has found what it looks for can stop early.
 */
export function* recognisedConcepts(fields: Iterable<PageField>, concepts: Concept[]): Generator<Concept> {
  const contendersFor = contendersOf(concepts);
  for (const field of fields) {
    const { concept } = recogniseField(field, contendersFor);
    if (concept) yield concept;
  }
}

/** Two fields claiming one single-valued concept: the clear leader keeps it; close contenders are all ambiguous. */
function settleClaims(recognitions: Recognition[]): void {
  const claims = new Map<string, Recognition[]>();
  for (const r of recognitions)
    if (r.status === 'matched' && r.concept && !r.concept.repeated) claims.set(r.concept.id, [...(claims.get(r.concept.id) ?? []), r]);
  for (const group of claims.values()) {
    if (group.length < 2) continue;
    const [first, second, ...rest] = [...group].sort((x, y) => y.score - x.score);
    const clear = first!.source === 'taught' || first!.score - second!.score >= WEIGHTS.decide.clearLead;
    for (const r of clear ? [second!, ...rest] : [first!, second!, ...rest]) {
      r.status = clear ? 'unknown' : 'ambiguous';
      r.rivals = clear ? [] : [r.concept!];
      if (clear) r.concept = undefined;
    }
  }
}

function numberRepeats(recognitions: Recognition[]): void {
  const counts = new Map<string, number>();
  for (const r of recognitions) {
    if (r.status !== 'matched' || !r.concept) continue;
    r.index = counts.get(r.concept.id) ?? 0;
    counts.set(r.concept.id, r.index + 1);
  }
}

/**
 * What each field on the page is. Taught fields come first and are exact; every other field is weighed on all the
 * evidence for it (evidence-weights.json), and a field whose best concepts tie is ambiguous: reported, never filled.
 */
export function recognise(fields: PageField[], concepts: Concept[], taught: Map<PageField, Concept> = new Map()): Recognition[] {
  const contendersFor = contendersOf(concepts);
  const recognitions = fields.map((field) => {
    const concept = taught.get(field);
    return concept
      ? { field, status: 'matched' as const, concept, rivals: [], score: 1000, source: 'taught' as const, index: 0 }
      : recogniseField(field, contendersFor);
  });
  settleClaims(recognitions);
  numberRepeats(recognitions);
  return recognitions;
}
