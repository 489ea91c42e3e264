import type { FieldFingerprint, PortalMapping } from '../../shared/records';
import { CONCEPT_BY_ID, conceptsFor, type Concept, type PageKind } from './concepts';
import type { PageField } from './fields';
import { fits } from './match';
import { looksGenerated } from './text';

export type TaughtMapping = Pick<PortalMapping, 'id' | 'pageKind' | 'fingerprint' | 'concept'>;

/** Same id, same label, same name (unless the page makes names up afresh each visit, as hashes). */
export function sameField(taught: FieldFingerprint, field: FieldFingerprint): boolean {
  const namesCount = !(looksGenerated(taught.name) && looksGenerated(field.name));
  return taught.id === field.id && taught.label === field.label && (!namesCount || taught.name === field.name);
}

/**
 * The taught fields present on this page. A mapping is only used on exactly one matching field, of a kind its concept
 * fits. One that matches no field is stale: returned for deletion and never used, because filling the wrong field
 * after a redesign is worse than asking again (anchors.md §2.1). The panel judges staleness after Fill has added any
 * rows, so a mapping for a row not added yet is not lost.
 */
export function applyTaught(
  fields: PageField[],
  mappings: TaughtMapping[],
  kind: PageKind,
): { taught: Map<PageField, Concept>; stale: TaughtMapping[] } {
  const taught = new Map<PageField, Concept>();
  const stale: TaughtMapping[] = [];
  const allowed = new Set(
    conceptsFor(kind)
      .filter((c) => c.fill !== 'user')
      .map((c) => c.id),
  );
  for (const mapping of mappings.filter((m) => m.pageKind === kind)) {
    const matches = fields.filter((f) => sameField(mapping.fingerprint, f.fingerprint));
    const concept = allowed.has(mapping.concept) ? CONCEPT_BY_ID.get(mapping.concept) : undefined;
    if (!concept || matches.length === 0) stale.push(mapping);
    else if (matches.length === 1 && fits(concept, matches[0]!.kind)) taught.set(matches[0]!, concept);
  }
  return { taught, stale };
}
