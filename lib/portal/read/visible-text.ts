import { squash } from '../recognise/text';

// Block elements start a new line: "03/03/2026<br>05/03/2026" and <dt>Fee</dt><dd>£1</dd> stay apart.
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'BUTTON']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Stands in for each non-space character of masked text, so a masked line keeps the same length as the shown one. */
const MASKED = '·';

export const BLOCK_SELECTOR = Array.from(BLOCK, (tag) => tag.toLowerCase()).join(', ');

/** One line as a person sees it, and the same line with the text of masked elements (links, sidebars) blanked out. */
export type VisibleLine = { text: string; unmasked: string };

/**
 * The lines a person sees under the nodes: whitespace collapsed, a block element or <br> starting a new line. Read only
 * (no DOM writes, no layout), so it is cheap enough for page detection. `masked` blanks an element's text in `unmasked`.
 */
export function visibleLines(nodes: Node[], masked?: (element: Element) => boolean): VisibleLine[] {
  let text = '';
  let unmasked = '';
  const walk = (node: Node, hide: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      text += value;
      unmasked += hide ? value.replace(/\S/g, MASKED) : value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (NEVER_TEXT.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'BR') {
      text += '\n';
      unmasked += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      text += '\n';
      unmasked += '\n';
    }
    const hideHere = hide || (masked?.(element) ?? false);
    for (const child of shownChildren(element)) walk(child, hideHere);
    if (block) {
      text += '\n';
      unmasked += '\n';
    }
  };
  for (const node of nodes) walk(node, false);
  const shownLines = unmasked.split('\n');
  // Whitespace sits at the same places in both strings, so squashing keeps them aligned character for character.
  return text
    .split('\n')
    .map((line, i) => ({ text: squash(line), unmasked: squash(shownLines[i]!) }))
    .filter((line) => line.text);
}

/** What an element shows: its open shadow root's content (a web component's form), a slot's assigned nodes, else its children. */
function shownChildren(element: Element): Node[] {
  if (element.shadowRoot) return Array.from(element.shadowRoot.childNodes);
  if (element.tagName === 'SLOT') {
    const assigned = (element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) return assigned;
  }
  return Array.from(element.childNodes);
}

/** Text as a person sees it: whitespace collapsed to single spaces, but a visible line break kept as "\n". */
export function visibleText(...nodes: Node[]): string {
  return visibleLines(nodes)
    .map((line) => line.text)
    .join('\n');
}
