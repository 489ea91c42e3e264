import { squash } from '../recognise/text';
import { visibleText } from './visible-text';

/** One "label → value" line a page shows as text (not a form field). */
export type SummaryPair = { label: string; value: string };

/** A pair and the element it was read at, for page order. */
export type Found = SummaryPair & { at: Element };

export const CONTROL = 'input:not([type="hidden"]), select, textarea';
const ELEMENT_NODE = 1;

/** Records a pair unless its value holds a field; marks its elements used so a later, looser reader skips them. */
export function add(found: Found[], used: Set<Element>, at: Element, label: string, valueNodes: Node[]): void {
  // A value holding a field is a form being filled, not something the page states.
  if (
    valueNodes.some(
      (node) => node.nodeType === ELEMENT_NODE && ((node as Element).matches(CONTROL) || (node as Element).querySelector(CONTROL)),
    )
  )
    return;
  const cleanLabel = squash(label.replace(/\n/g, ' ')).replace(/\s*:$/, '');
  const value = visibleText(...valueNodes);
  if (!cleanLabel || !value) return;
  found.push({ at, label: cleanLabel, value });
  used.add(at);
  for (const node of valueNodes) if (node.nodeType === ELEMENT_NODE) used.add(node as Element);
}

export function isUsed(element: Element, used: Set<Element>): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (used.has(at)) return true;
  return false;
}
