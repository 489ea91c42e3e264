import { parsePounds } from '../../shared/parse-uk';
import { squash } from '../recognise/text';
import { BLOCK_SELECTOR, visibleText } from './visible-text';

/** One "label → value" line a page shows as text (not a form field). */
export type SummaryPair = { label: string; value: string };

// PCSE's real markup is unknown, so pairs are read from every common shape of "label, then value" rather than from ids.
const CONTROL = 'input:not([type="hidden"]), select, textarea';
const LABEL_LIKE = 'label, [class*="label"], [class*="Label"]';
const DOCUMENT_POSITION_FOLLOWING = 4;
const ELEMENT_NODE = 1;

/** The first amount of money in a value ("£1,234.56", "1,234.56 (paid)"), in whole pence read digit by digit; undefined when none. */
export function penceIn(value: string): number | undefined {
  // The whole figure or nothing: 1,234.567 gives undefined, never a truncated £1,234.56.
  const amount = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?![.,]?\d)/.exec(value);
  if (!amount) return undefined;
  const parsed = parsePounds(amount[0]);
  return parsed.ok ? parsed.value : undefined;
}

type Found = SummaryPair & { at: Element };

/** Label/value pairs shown as text under root, in page order: dl rows, two-cell table rows, label + value rows and "Label: value" lines. */
export function readSummary(root: ParentNode): SummaryPair[] {
  const found: Found[] = [];
  const used = new Set<Element>();
  fromDefinitionLists(root, found, used);
  fromTwoCellRows(root, found, used);
  fromLabelElements(root, found, used);
  fromColonLines(root, found, used);
  found.sort((x, y) => (x.at === y.at ? 0 : x.at.compareDocumentPosition(y.at) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return found.map(({ label, value }) => ({ label, value }));
}

function add(found: Found[], used: Set<Element>, at: Element, label: string, valueNodes: Node[]): void {
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

/** <dt>Label</dt><dd>Value</dd>, also when GOV.UK wraps each row in a div and adds an actions <dd> after the value. */
function fromDefinitionLists(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    let next = dt.nextElementSibling;
    while (next && next.tagName !== 'DD' && next.tagName !== 'DT') next = next.nextElementSibling;
    if (next?.tagName === 'DD') add(found, used, dt, visibleText(dt), [next]);
  }
}

/** Rows of <th scope="row">Label</th><td>Value</td> or two <td>s, only in tables with no wider row (a list table is not a summary). */
function fromTwoCellRows(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
    const cells = rows.map((row) => Array.from(row.children).filter((cell) => cell.tagName === 'TH' || cell.tagName === 'TD'));
    if (cells.some((row) => row.length > 2)) continue;
    for (const [labelCell, valueCell] of cells) {
      if (labelCell && valueCell?.tagName === 'TD') add(found, used, labelCell, visibleText(labelCell), [valueCell]);
    }
  }
}

/** <label>/<span class="form-label"> followed by the value in the same row; a label for a field is skipped. */
function fromLabelElements(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const label of Array.from(root.querySelectorAll(LABEL_LIKE))) {
    if (
      isUsed(label, used) ||
      label.querySelector(LABEL_LIKE) ||
      label.querySelector(CONTROL) ||
      hasBlockInside(label) ||
      labelsAField(label)
    )
      continue;
    const text = visibleText(label);
    if (!text || text.length > 100) continue;
    const valueNodes: Node[] = [];
    for (let node = label.nextSibling; node; node = node.nextSibling) {
      if (node.nodeType === ELEMENT_NODE && ((node as Element).matches(LABEL_LIKE) || (node as Element).querySelector(LABEL_LIKE))) break;
      valueNodes.push(node);
    }
    add(found, used, label, text, valueNodes);
  }
}

/** "Label: value" written as text, one pair a line, in the innermost blocks (site navigation and footers are chrome, not content). */
function fromColonLines(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const block of Array.from(root.querySelectorAll('p, li, div'))) {
    if (
      hasBlockInside(block) ||
      isUsed(block, used) ||
      Array.from(used).some((element) => block.contains(element)) ||
      block.closest('nav, footer')
    )
      continue;
    for (const line of visibleText(block).split('\n')) {
      // The label must not end in a digit, so a time such as 10:30 is not read as a pair.
      const match = /^([^:]{1,80}?[^\d\s:])\s*:\s*(\S.*)$/.exec(line);
      if (match) found.push({ at: block, label: match[1]!, value: match[2]! });
    }
  }
}

function isUsed(element: Element, used: Set<Element>): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (used.has(at)) return true;
  return false;
}

function hasBlockInside(element: Element): boolean {
  return element.querySelector(BLOCK_SELECTOR) !== null;
}

function labelsAField(label: Element): boolean {
  const target = label.getAttribute('for');
  const field = target ? label.ownerDocument.getElementById(target) : null;
  return field?.matches(CONTROL) ?? false;
}
