import { CONCEPTS_FILE, type Concept } from '../recognise/concepts';
import { NAME_SOURCES } from '../recognise/evidence';
import type { PageField } from '../recognise/fields';
import type { LabelCandidate } from '../recognise/labels';
import { recognisedConcepts } from '../recognise/recognise';
import type { PageSignature } from './signatures';

/** Every concept some page kind counts as evidence, worked out once per list of signatures (there is one). */
const evidenceOf = new WeakMap<PageSignature[], Concept[]>();

function evidenceConcepts(signatures: PageSignature[]): Concept[] {
  let concepts = evidenceOf.get(signatures);
  if (!concepts) {
    const wanted = new Set(signatures.flatMap((signature) => Object.keys(signature.concepts ?? {})));
    concepts = CONCEPTS_FILE.concepts.filter((concept) => wanted.has(concept.id));
    evidenceOf.set(signatures, concepts);
  }
  return concepts;
}

/**
 * The texts that name a field outright (its label, aria name, legend, row or column header, term, the text before it):
 * enough to tell which page it is on. The rest (placeholders, ids, hints, the nearest heading) only settle close
 * calls when filling, and reading them for every field would cost detection its 5 ms budget.
 */
function* namingTexts(labels: Iterable<LabelCandidate>): Generator<LabelCandidate> {
  for (const candidate of labels) {
    if (!NAME_SOURCES.has(candidate.source)) return;
    yield candidate;
  }
}

/** The field as detection reads it: the same field, with only its naming texts. */
function namedOnly(field: PageField): PageField {
  return Object.assign(Object.create(field) as PageField, { labels: { [Symbol.iterator]: () => namingTexts(field.labels) } });
}

/**
 * The concepts the page's fields are recognised as: a field that ties counts for its best concept, never against the
 * page. Read field by field until one kind's concepts weigh `enough`: a 20-period form says what it is in its first
 * rows, and the rest would only cost time (detection's budget is 5 ms).
 */
export function conceptsOnPage(fields: Iterable<PageField>, signatures: PageSignature[], enough: number): Set<string> {
  const found = new Set<string>();
  const weights = signatures.map((signature) => signature.concepts ?? {});
  const sums = weights.map(() => 0);
  for (const concept of recognisedConcepts(mapLazily(fields, namedOnly), evidenceConcepts(signatures))) {
    if (found.has(concept.id)) continue;
    found.add(concept.id);
    weights.forEach((weight, i) => {
      sums[i]! += weight[concept.id] ?? 0;
    });
    if (sums.some((sum) => sum >= enough)) break;
  }
  return found;
}

function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
