import type { Concept } from './concepts';
import { WEIGHTS, type LabelSource } from './evidence';
import type { PageField } from './fields';
import { contendersOf, weigh, type Contenders } from './weigh';

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
  /** An unknown field whose texts name this concept, which a field of its kind cannot hold, better than any it can. */
  misfit?: Concept;
  /** An unknown field that looked like this concept, which another field matches far better. */
  outranked?: Concept;
};

function recogniseField(field: PageField, contenders: Contenders): Recognition {
  const { ranked, misfit } = weigh(field, contenders);
  const [best] = ranked;
  const unknown: Recognition = { field, status: 'unknown', rivals: [], score: 0, index: 0 };
  const { least, tie } = WEIGHTS.decide;
  if (!best || best.score < least) return unknown;
  // "Employer contribution rate (%)" over a list of rates names the employer's share, which a list cannot hold: not the tier.
  if (misfit && best.contender.concept) return { ...unknown, score: misfit.score, misfit: misfit.contender.concept! };
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
  const contenders = contendersOf(concepts);
  for (const field of fields) {
    const { concept } = recogniseField(field, contenders);
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
    const { clearLead, clearRatio } = WEIGHTS.decide;
    // The second field would be taken for the concept on its own (it was matched): a rival, so the lead must be wide.
    const lead = Math.max(clearLead, (clearRatio - 1) * second!.score);
    const clear = first!.source === 'taught' || first!.score - second!.score >= lead;
    for (const r of clear ? [second!, ...rest] : [first!, second!, ...rest]) {
      r.status = clear ? 'unknown' : 'ambiguous';
      r.rivals = clear ? [] : [r.concept!];
      if (clear) {
        r.outranked = r.concept;
        r.concept = undefined;
      }
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
  const contenders = contendersOf(concepts);
  const recognitions = fields.map((field) => {
    const concept = taught.get(field);
    return concept
      ? { field, status: 'matched' as const, concept, rivals: [], score: 1000, source: 'taught' as const, index: 0 }
      : recogniseField(field, contenders);
  });
  settleClaims(recognitions);
  numberRepeats(recognitions);
  return recognitions;
}
