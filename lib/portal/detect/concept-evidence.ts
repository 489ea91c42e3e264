import { CONCEPTS_FILE, type Concept } from '../recognise/concepts';
import type { PageField } from '../recognise/fields';
import { recognisedConcepts } from '../recognise/recognise';
import type { PageSignature } from './signatures';

/** Every concept some page kind counts as evidence: fields are recognised once, against all of them. */
function evidenceConcepts(signatures: PageSignature[]): Concept[] {
  const wanted = new Set(signatures.flatMap((signature) => Object.keys(signature.concepts ?? {})));
  return CONCEPTS_FILE.concepts.filter((concept) => wanted.has(concept.id));
}

/** The concepts the page's fields are recognised as: a field that ties counts for its best concept, never against the page. */
export function conceptsOnPage(fields: PageField[], signatures: PageSignature[]): Set<string> {
  const found = new Set<string>();
  for (const concept of recognisedConcepts(fields, evidenceConcepts(signatures))) found.add(concept.id);
  return found;
}
