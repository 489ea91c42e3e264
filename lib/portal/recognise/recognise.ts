import type { Concept } from './concepts';
import type { FieldKind, PageField } from './fields';
import type { LabelCandidate, LabelSource } from './labels';
import { fits, labelScore, tokenScore } from './match';
import { nameTokens, normaliseLabel } from './text';

export type Recognition = {
  field: PageField;
  status: 'matched' | 'ambiguous' | 'unknown';
  concept?: Concept;
  /** Other concepts the label fits as well: why an ambiguous field was left alone. */
  rivals: Concept[];
  score: number;
  source?: LabelSource | 'taught';
  /** For repeated concepts (period rows, Locum A rows): which occurrence, counting from 0. */
  index: number;
};

/** Within this many points two concepts are a tie, and a tie is reported, never guessed. */
const TIE = 5;
/** A second field claiming a concept this far below the best one is simply not that concept. */
const CLEAR_LEAD = 20;

type Ranked = { concept: Concept; score: number }[];
/** Rankings already worked out in one recognise() call, by field kind and label: a 20-period form asks 40 times over. */
type Rankings = Map<string, Ranked>;

function rank(kind: FieldKind, candidate: LabelCandidate, concepts: Concept[], rankings: Rankings): Ranked {
  const key = `${kind} ${candidate.source} ${candidate.text}`;
  let ranked = rankings.get(key);
  if (ranked) return ranked;
  const tokens = candidate.source === 'tokens' ? new Set(nameTokens(candidate.text)) : undefined;
  const label = tokens ? '' : normaliseLabel(candidate.text);
  ranked = concepts
    .filter((concept) => fits(concept, kind))
    .map((concept) => ({ concept, score: tokens ? tokenScore(tokens, concept) : labelScore(label, concept) }))
    .filter((entry) => entry.score > 0)
    .sort((x, y) => y.score - x.score);
  rankings.set(key, ranked);
  return ranked;
}

function scoresFor(field: PageField, concepts: Concept[], rankings: Rankings): { source?: LabelSource; ranked: Ranked } {
  for (const candidate of field.labels) {
    const ranked = rank(field.kind, candidate, concepts, rankings);
    if (ranked.length > 0) return { source: candidate.source, ranked };
  }
  return { ranked: [] };
}

function recogniseField(field: PageField, concepts: Concept[], rankings: Rankings): Recognition {
  const { source, ranked } = scoresFor(field, concepts, rankings);
  const [best, ...rest] = ranked;
  if (!best) return { field, status: 'unknown', rivals: [], score: 0, index: 0 };
  const rivals = rest.filter((entry) => best.score - entry.score < TIE).map((entry) => entry.concept);
  return { field, status: rivals.length > 0 ? 'ambiguous' : 'matched', concept: best.concept, rivals, score: best.score, source, index: 0 };
}

/**
 * The concepts a page's fields are recognised as, field by field, as far as they are read: the concept of each field
 * that recognise() would call matched or ambiguous. Settling claims only drops a field whose concept another field
 * keeps, so this is the same set of concepts, and a caller that has found what it looks for can stop early.
 */
export function* recognisedConcepts(fields: Iterable<PageField>, concepts: Concept[]): Generator<Concept> {
  const rankings: Rankings = new Map();
  for (const field of fields) {
    const [best] = scoresFor(field, concepts, rankings).ranked;
    if (best) yield best.concept;
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
    const clear = first!.source === 'taught' || first!.score - second!.score >= CLEAR_LEAD;
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
 * What each field on the page is. Taught fields come first and are exact; every other field is matched on its labels
 * in order of trust, and a field whose best matches tie is ambiguous: reported, never filled.
 */
export function recognise(fields: PageField[], concepts: Concept[], taught: Map<PageField, Concept> = new Map()): Recognition[] {
  const rankings: Rankings = new Map();
  const recognitions = fields.map((field) => {
    const concept = taught.get(field);
    return concept
      ? { field, status: 'matched' as const, concept, rivals: [], score: 1000, source: 'taught' as const, index: 0 }
      : recogniseField(field, concepts, rankings);
  });
  settleClaims(recognitions);
  numberRepeats(recognitions);
  return recognitions;
}
