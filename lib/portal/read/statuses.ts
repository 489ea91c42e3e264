import type * as z from 'zod/mini';
import type { ListStatusMessage } from '../messages';
import { mainOf } from './page-root';
import { statusesInCards } from './status-cards';
import { statusesInTable } from './status-tables';
import { visibleLines } from './visible-text';

export { statusFromText } from './status-words';

const DOCUMENT_NODE = 9;

/** One row of a PCSE list page: a form's reference and where it has got to. */
export type ListStatus = z.infer<typeof ListStatusMessage>;

/** Statuses from every list table under root, then from cards for the forms no table showed. */
export function readStatuses(root: ParentNode): ListStatus[] {
  const fromTables = Array.from(root.querySelectorAll('table')).flatMap(statusesInTable);
  const seen = new Set(fromTables.map(({ reference }) => reference));
  const start = (root as Node).nodeType === DOCUMENT_NODE ? (mainOf(root as Document) ?? root) : root;
  return [...fromTables, ...statusesInCards(visibleLines([start as Node])).filter(({ reference }) => !seen.has(reference))];
}
