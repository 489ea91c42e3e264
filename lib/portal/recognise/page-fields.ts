import { conceptsFor, type PageKind } from './concepts';
import { collectFields } from './fields';
import { recognise, type Recognition } from './recognise';
import { applyTaught, type TaughtMapping } from './teach';

export type PageReading = { recognitions: Recognition[]; stale: TaughtMapping[] };

/** The page's fields and what each one is, taught fields first. */
export function readPage(root: ParentNode, kind: PageKind, mappings: TaughtMapping[] = []): PageReading {
  const fields = collectFields(root);
  const { taught, stale } = applyTaught(fields, mappings, kind);
  return { recognitions: recognise(fields, conceptsFor(kind), taught), stale };
}
