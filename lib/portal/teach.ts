import { CONCEPT_BY_ID, type Concept, type PageKind } from './concepts';
import type { Fingerprint, PageField } from './dom/fields';
import { looksGenerated } from './text';

export type TaughtMapping = { id: string; pageKind: string; fingerprint: Fingerprint; concept: string };

/** Same id, same label, same name (unless the page makes names up afresh each visit, as hashes). */
export function sameField(taught: Fingerprint, field: Fingerprint): boolean {
  const namesCount = !(looksGenerated(taught.name) && looksGenerated(field.name));
  return taught.id === field.id && taught.label === field.label && (!namesCount || taught.name === field.name);
}

/**
 * The taught fields present on this page. A mapping that matches no field exactly is stale: it is returned for
 * deletion and never used, because filling the wrong field after a redesign is worse than asking again (anchors.md §2.1).
 */
export function applyTaught(fields: PageField[], mappings: TaughtMapping[], kind: PageKind): { taught: Map<PageField, Concept>; stale: TaughtMapping[] } {
  const taught = new Map<PageField, Concept>();
  const stale: TaughtMapping[] = [];
  for (const mapping of mappings.filter((m) => m.pageKind === kind)) {
    const field = fields.find((f) => sameField(mapping.fingerprint, f.fingerprint));
    const concept = CONCEPT_BY_ID.get(mapping.concept);
    if (field && concept) taught.set(field, concept);
    else stale.push(mapping);
  }
  return { taught, stale };
}
