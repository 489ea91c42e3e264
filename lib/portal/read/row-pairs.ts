import { add, CONTROL, type Found, isUsed } from './summary-pairs';
import { BLOCK_SELECTOR, visibleText } from './visible-text';

const TEXT_NODE = 3;
const LONGEST_LABEL = 80;
/** An inline element that reads as a label before its value: bold, or named so by its class (Bootstrap, NHS.UK, GOV.UK). */
const LEADING_LABEL = /^(?:STRONG|B|DFN)$/;
const LABEL_CLASS = /key|label|title|term|name|bold|heading|caption/i;

function hasBlockInside(element: Element): boolean {
  return element.querySelector(BLOCK_SELECTOR) !== null;
}

/** Nothing in it was read already, no field to fill in it, and it is page content, not the site's header, navigation or footer. */
function free(element: Element, used: Set<Element>): boolean {
  return (
    !isUsed(element, used) &&
    !Array.from(used).some((done) => element.contains(done)) &&
    !element.querySelector(CONTROL) &&
    !element.closest('header, [role="banner"], nav, footer')
  );
}

function isLabelText(text: string): boolean {
  return text.length > 0 && text.length <= LONGEST_LABEL && !text.includes('\n') && /\p{L}/u.test(text);
}

/**
 * Bootstrap rows and cards: an element of exactly two parts, a short label then its value
 * (<div class="row"><div class="col-4">Fee</div><div class="col-8">£1,000.00</div></div>, a card's header and body).
 */
export function fromTwoPartRows(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const row of Array.from(root.querySelectorAll('div, li, section, article'))) {
    const parts = Array.from(row.children).filter((child) => visibleText(child));
    const ownText = Array.from(row.childNodes).some((node) => node.nodeType === TEXT_NODE && node.nodeValue?.trim());
    if (parts.length !== 2 || ownText || !free(row, used)) continue;
    // Each part holds one thing: text, or blocks of text (a value of several lines), never a further layout.
    if (parts.some((part) => Array.from(part.querySelectorAll(BLOCK_SELECTOR)).some(hasBlockInside))) continue;
    const [labelPart, valuePart] = parts as [Element, Element];
    const label = visibleText(labelPart);
    if (isLabelText(label)) add(found, used, labelPart, label, [valuePart]);
  }
}

/** <p><strong>Fee</strong> £1,000.00</p>: a bold or label-classed lead, then the value as the rest of the line. */
export function fromLeadingLabels(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const block of Array.from(root.querySelectorAll('p, li, div, td'))) {
    if (hasBlockInside(block) || !free(block, used)) continue;
    const nodes = Array.from(block.childNodes).filter((node) => node.nodeType !== TEXT_NODE || node.nodeValue?.trim());
    const lead = nodes[0] as Element | undefined;
    if (!lead || lead.nodeType === TEXT_NODE || nodes.length < 2) continue;
    if (!LEADING_LABEL.test(lead.tagName) && !LABEL_CLASS.test(lead.getAttribute('class') ?? '')) continue;
    const label = visibleText(lead);
    if (isLabelText(label)) add(found, used, lead, label, nodes.slice(1));
  }
}
