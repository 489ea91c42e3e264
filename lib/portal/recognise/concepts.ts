import * as z from 'zod/mini';
import data from './concepts.json';
import { PageKind } from '../detect/page-kind';

export { PageKind } from '../detect/page-kind';

const Phrases = z.array(z.string().check(z.minLength(1)));

export const Concept = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  kind: z.enum(['text', 'money', 'date', 'month', 'year', 'choice', 'checkbox', 'rowCheckbox']),
  fill: z.enum(['ledger', 'portal', 'user']),
  repeated: z.optional(z.boolean()),
  pages: z.array(PageKind),
  labels: Phrases,
  exact: z.optional(Phrases),
  tokens: z.array(Phrases),
  unless: z.optional(Phrases),
  options: z.optional(z.record(z.string(), Phrases)),
  alsoShown: z.optional(z.array(z.string())),
});
export type Concept = z.infer<typeof Concept>;

/** What a field that is not the ledger's looks like: reported as "left alone: looks like mileage", never filled. */
export const Decoy = z.object({ looksLike: z.string().check(z.minLength(1)), phrases: Phrases, weak: z.optional(z.boolean()) });
export type Decoy = z.infer<typeof Decoy>;

const ConceptsFile = z.object({ concepts: z.array(Concept), decoys: z.array(Decoy), addAnother: Phrases, neverPress: Phrases });

/** The concepts file, validated when the content script loads: a bad edit fails loudly in tests, not quietly on PCSE. */
export const CONCEPTS_FILE = ConceptsFile.parse(data);
const CONCEPTS = CONCEPTS_FILE.concepts;
export const CONCEPT_BY_ID = new Map(CONCEPTS.map((concept) => [concept.id, concept]));

export function conceptsFor(kind: PageKind): Concept[] {
  return CONCEPTS.filter((concept) => concept.pages.includes(kind));
}
