import { textOf, type Control } from './controls';

/** Where a label came from, in Bitwarden's order of trust (anchors.md §2.1, §2.6). */
export type LabelSource = 'label' | 'aria' | 'legend' | 'rowHeader' | 'columnHeader' | 'preceding' | 'placeholder' | 'tokens';
export type LabelCandidate = { source: LabelSource; text: string };

function byId(anchor: Element, id: string): Element | null {
  const root = anchor.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/** A control's own label texts: `label[for]` and wrapping labels, then those of a jQuery UI selectmenu's visible button. */
export type LabelIndex = (control: Control) => string[];

type RootLabels = { own: Map<Element, string[]>; byFor: Map<string, string[]> };

function push<K>(map: Map<K, string[]>, key: K, text: string): void {
  const texts = map.get(key);
  if (texts) texts.push(text);
  else map.set(key, [text]);
}

function indexRoot(root: Document | ShadowRoot): RootLabels {
  const own = new Map<Element, string[]>();
  const byFor = new Map<string, string[]>();
  for (const label of root.querySelectorAll('label')) {
    const text = textOf(label);
    if (!text) continue;
    // `label.control` is the element whose `labels` list holds this label, so this is `control.labels`, read once.
    if (label.control) push(own, label.control, text);
    if (label.htmlFor) push(byFor, label.htmlFor, text);
  }
  return { own, byFor };
}

/**
 * Every label of a page, read in one pass per document or shadow root when first asked. `control.labels` and a
 * `label[for]` query each walk the whole document, and a 20-period form asks for 130 controls (about 60 ms).
 */
export function labelIndex(): LabelIndex {
  const roots = new Map<Node, RootLabels>();
  return (control) => {
    const root = control.getRootNode() as Document | ShadowRoot;
    let labels = roots.get(root);
    if (!labels) {
      labels = indexRoot(root);
      roots.set(root, labels);
    }
    const own = labels.own.get(control) ?? [];
    const button = control.id ? labels.byFor.get(`${control.id}-button`) : undefined;
    return button ? [...own, ...button] : own;
  };
}

export function ariaTexts(element: Element): string[] {
  const texts = (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(byId(element, id)));
  const label = element.getAttribute('aria-label');
  if (label) texts.push(label);
  return texts.filter(Boolean);
}

export function legendText(group: Element | null): string {
  const legend = group?.matches('fieldset') ? group.querySelector(':scope > legend') : null;
  return textOf(legend);
}

/**
 * The header of the layout-table row a control sits in: `<tr><th>Fee</th><td><input></td></tr>`, or, in a table
 * without header cells, the text of the cells before the control's (`<td>a.</td><td>Total pensionable pay</td>`).
 */
export function rowHeaderText(control: Element): string {
  const cell = control.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const header = row.querySelector(':scope > th');
  if (header) return textOf(header);
  const before = [...row.children].slice(0, [...row.children].indexOf(cell));
  return before.some((c) => c.querySelector('input, select, textarea'))
    ? ''
    : before
        .map((c) => textOf(c))
        .join(' ')
        .trim();
}

/** The column header over a control in a grid: the `th` at the same index in the table's head row. */
export function columnHeaderText(control: Element): string {
  const cell = control.closest('td');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return '';
  const headRow = table.querySelector(':scope > thead > tr') ?? table.querySelector(':scope > tbody > tr, :scope > tr');
  if (!headRow || headRow === row) return '';
  const index = [...row.children].indexOf(cell);
  const header = headRow.children[index];
  return header?.tagName === 'TH' ? textOf(header) : '';
}

/** The nearest text before a control inside its container, stopping at other controls (Firefox's LabelUtils, anchors.md §2.4). */
export function precedingText(control: Element): string {
  let node: Element | null = control;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling instanceof Element && sibling.matches('input, select, textarea, button, form, table, fieldset')) return '';
      if (sibling instanceof Element && sibling.querySelector('input, select, textarea, button')) return '';
      const text = sibling instanceof Element ? textOf(sibling) : (sibling.textContent ?? '').trim();
      // A currency sign or a colon beside a box says nothing about it: keep looking.
      if (/^[£$€:*\s]*$/.test(text)) continue;
      return text.length <= 120 ? text : '';
    }
  }
  return '';
}
