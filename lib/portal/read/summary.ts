import { parsePounds } from '../../shared/parse-uk';
import { fromLeadingLabels, fromTwoPartRows } from './row-pairs';
import { add, CONTROL, type Found, isUsed, type SummaryPair } from './summary-pairs';
import { fromTables } from './table-pairs';
import { BLOCK_SELECTOR, visibleText } from './visible-text';

// PCSE's real markup is unknown, so pairs are read from every common shape of "label, then value" rather than from ids.
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

/**
 * Label/value pairs shown as text under root, in page order: dl rows, tables (by row or by column header), label + value
 * rows, two-part rows and cards, bold leads and "Label: value" lines, the stricter shapes first.
 */
export function readSummary(root: ParentNode): SummaryPair[] {
  const found: Found[] = [];
  const used = new Set<Element>();
  fromDefinitionLists(root, found, used);
  fromTables(root, found, used);
  fromLabelElements(root, found, used);
  fromTwoPartRows(root, found, used);
  fromLeadingLabels(root, found, used);
  fromColonLines(root, found, used);
  found.sort((x, y) => (x.at === y.at ? 0 : x.at.compareDocumentPosition(y.at) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return found.map(({ label, value }) => ({ label, value }));
}

/** <dt>Label</dt><dd>Value</dd>, also when GOV.UK wraps each row in a div and adds an actions <dd> after the value. */
function fromDefinitionLists(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    let next = dt.nextElementSibling;
    while (next && next.tagName !== 'DD' && next.tagName !== 'DT') next = next.nextElementSibling;
    if (next?.tagName === 'DD') add(found, used, dt, visibleText(dt), [next]);
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

function hasBlockInside(element: Element): boolean {
  return element.querySelector(BLOCK_SELECTOR) !== null;
}

function labelsAField(label: Element): boolean {
  const target = label.getAttribute('for');
  const field = target ? label.ownerDocument.getElementById(target) : null;
  return field?.matches(CONTROL) ?? false;
}
