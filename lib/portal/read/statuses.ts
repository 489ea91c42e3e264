import { mainOf } from './page-root';
import { statusesInCards } from './status-cards';
import type { ListStatus } from './status-words';
import { statusesInTable } from './status-tables';
import { TABLE } from './table-structure';
import { visibleLines } from './visible-text';

export { statusFromText } from './status-words';

const DOCUMENT_NODE = 9;

/** Statuses from every list table under root, then from cards for the forms no table showed. */
export function readStatuses(root: ParentNode): ListStatus[] {
  const fromTables = Array.from(root.querySelectorAll(TABLE)).flatMap(statusesInTable);
  const seen = new Set(fromTables.map(({ reference }) => reference));
  const start = (root as Node).nodeType === DOCUMENT_NODE ? (mainOf(root as Document) ?? root) : root;
  return [...fromTables, ...statusesInCards(visibleLines([start as Node])).filter(({ reference }) => !seen.has(reference))];
}
