import type { Concept } from './concepts';
import type { PageField } from './dom/fields';
import type { LabelSource } from './dom/labels';
import { fits, labelScore, tokenScore } from './match';

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

function scoresFor(field: PageField, concepts: Concept[]): { source?: LabelSource; ranked: { concept: Concept; score: number }[] } {
  const usable = concepts.filter((concept) => fits(concept, field.kind));
  for (const candidate of field.labels) {
    const ranked = usable
      .map((concept) => ({ concept, score: candidate.source === 'tokens' ? tokenScore(candidate.text, concept) : labelScore(candidate.text, concept) }))
      .filter((entry) => entry.score > 0)
      .sort((x, y) => y.score - x.score);
    if (ranked.length > 0) return { source: candidate.source, ranked };
  }
  return { ranked: [] };
}

function recogniseField(field: PageField, concepts: Concept[]): Recognition {
  const { source, ranked } = scoresFor(field, concepts);
  const [best, ...rest] = ranked;
  if (!best) return { field, status: 'unknown', rivals: [], score: 0, index: 0 };
  const rivals = rest.filter((entry) => best.score - entry.score < TIE).map((entry) => entry.concept);
  return { field, status: rivals.length > 0 ? 'ambiguous' : 'matched', concept: best.concept, rivals, score: best.score, source, index: 0 };
}

/** Two fields claiming one single-valued concept: the clear leader keeps it; close contenders are all ambiguous. */
function settleClaims(recognitions: Recognition[]): void {
  const claims = new Map<string, Recognition[]>();
  for (const r of recognitions) if (r.status === 'matched' && r.concept && !r.concept.repeated) claims.set(r.concept.id, [...(claims.get(r.concept.id) ?? []), r]);
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
  const recognitions = fields.map((field) => {
    const concept = taught.get(field);
    return concept ? { field, status: 'matched' as const, concept, rivals: [], score: 1000, source: 'taught' as const, index: 0 } : recogniseField(field, concepts);
  });
  settleClaims(recognitions);
  numberRepeats(recognitions);
  return recognitions;
}
