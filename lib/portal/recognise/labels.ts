import { textOf, type Control } from './controls';
import type { LabelSource } from './evidence';

/** A text that may name a field, and where it came from (its weight: evidence-weights.json). */
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

function textsByIds(element: Element, attribute: string): string[] {
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(byId(element, id)));
}

export function ariaTexts(element: Element): string[] {
  const texts = textsByIds(element, 'aria-labelledby');
  const label = element.getAttribute('aria-label');
  if (label) texts.push(label);
  return texts.filter(Boolean);
}

const HINTS = '.govuk-hint, .nhsuk-hint, .form-text, .help-block, .hint, .help, .HintText';
const FORM_GROUPS = '.govuk-form-group, .nhsuk-form-group, .form-group, .mb-3';

/** Hints and error messages: those aria-describedby names, else the hint in the control's GOV.UK/NHS.UK/Bootstrap form group. */
export function hintTexts(element: Element): string[] {
  const described = textsByIds(element, 'aria-describedby').filter(Boolean);
  if (described.length > 0) return described;
  return [textOf(element.closest(FORM_GROUPS)?.querySelector(HINTS))];
}

/** The term of a definition list's description that holds the control: `<dt>Fee</dt><dd><input></dd>`. */
export function termText(control: Element): string {
  let term = control.closest('dd')?.previousElementSibling;
  while (term && term.tagName === 'DD') term = term.previousElementSibling;
  return term?.tagName === 'DT' ? textOf(term) : '';
}

/** The name of the section a control is one of several in: a fieldset's legend, or a role=group's name. */
export function groupTexts(control: Element): string[] {
  const group = control.closest('fieldset, [role="group"], [role="radiogroup"]');
  if (!group) return [];
  return [legendText(group), ...ariaTexts(group)];
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** How many siblings back a heading is looked for at each level: a flat page of hundreds of rows is not searched through. */
const SIBLINGS_SEARCHED = 6;
const headings = new WeakMap<Node, string>();

const lastHeadings = new WeakMap<Element, string>();

/** The text of the last heading inside an element, remembered: every field after a section looks back over it. */
function lastHeadingIn(element: Element): string {
  let text = lastHeadings.get(element);
  if (text === undefined) {
    text = textOf([...element.querySelectorAll(HEADING)].at(-1));
    lastHeadings.set(element, text);
  }
  return text;
}

/** The nearest heading before a node, at its level or its ancestors', remembered per node since fields share them. */
export function headingBefore(node: Node): string {
  const known = headings.get(node);
  if (known !== undefined) return known;
  let found = '';
  let sibling = node.previousSibling;
  for (let n = 0; sibling && n < SIBLINGS_SEARCHED && !found; n++, sibling = sibling.previousSibling) {
    if (!(sibling instanceof Element)) continue;
    found = sibling.matches(HEADING) ? textOf(sibling) : lastHeadingIn(sibling);
  }
  if (!found && node.parentNode && !(node.parentNode instanceof Document)) found = headingBefore(node.parentNode);
  headings.set(node, found);
  return found;
}

const AFFIXES = '.govuk-input__prefix, .govuk-input__suffix, .nhsuk-input__prefix, .nhsuk-input__suffix, .input-group-text';

/** A GOV.UK, NHS.UK or Bootstrap prefix or suffix beside a box ("£", "%"), or a bare sign beside it ("£ <input>"). */
export function affixText(control: Element): string {
  const wrapper = control.closest('.govuk-input__wrapper, .nhsuk-input__wrapper, .input-group');
  if (wrapper) return [...wrapper.querySelectorAll(AFFIXES)].map((affix) => textOf(affix)).join(' ');
  const beside = [...(control.parentElement?.childNodes ?? [])].map((node) =>
    node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '',
  );
  return beside.filter((text) => /^[£%]$/.test(text)).join(' ');
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
  const cell = control.closest('td, [role="gridcell"], [role="cell"]');
  if (cell && !(cell instanceof HTMLTableCellElement)) return ariaGridHeader(cell, 'rowheader');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const header = row.querySelector(':scope > th');
  if (header) return textOf(header);
  const before = [...row.children].slice(0, [...row.children].indexOf(cell));
  if (before.some((c) => c.querySelector('input, select, textarea'))) return '';
  const text = before
    .map((c) => textOf(c))
    .join(' ')
    .trim();
  // A control in a list laid out as a table of its own (ASP.NET's RadioButtonList) is named by the outer table's row.
  const outer = row.closest('table')?.parentElement;
  return text || (outer?.closest('td') ? rowHeaderText(outer) : '');
}

/** The column header over a control in a grid: the `th` at the same index in the table's head row. */
export function columnHeaderText(control: Element): string {
  const cell = control.closest('td, [role="gridcell"], [role="cell"]');
  if (cell && !(cell instanceof HTMLTableCellElement)) return ariaGridHeader(cell, 'columnheader');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return '';
  const headRow = table.querySelector(':scope > thead > tr') ?? table.querySelector(':scope > tbody > tr, :scope > tr');
  if (!headRow || headRow === row) return '';
  const index = [...row.children].indexOf(cell);
  const header = headRow.children[index];
  return header?.tagName === 'TH' ? textOf(header) : '';
}

/** An ARIA grid's header for a cell: the row's rowheader, or the columnheader at the cell's index in the first row. */
function ariaGridHeader(cell: Element, role: 'rowheader' | 'columnheader'): string {
  const row = cell.closest('[role="row"]');
  if (!row) return '';
  const headerText = (header: Element | null | undefined) => (header ? (ariaTexts(header)[0] ?? textOf(header)) : '');
  if (role === 'rowheader') return headerText(row.querySelector(':scope > [role="rowheader"]'));
  const grid = row.closest('[role="grid"], [role="table"], [role="treegrid"]');
  const headRow = grid?.querySelector('[role="row"]');
  if (!headRow || headRow === row) return '';
  const index = [...row.children].indexOf(cell);
  const header = headRow.children[index];
  return header?.getAttribute('role') === 'columnheader' ? headerText(header) : '';
}

/** The nearest text before a control inside its container, stopping at other controls (Firefox's LabelUtils, anchors.md §2.4). */
export function precedingText(control: Element): string {
  let node: Element | null = control;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling instanceof Element && sibling.matches('input, select, textarea, button, form, table, fieldset')) return '';
      if (sibling instanceof Element && sibling.querySelector('input, select, textarea, button')) return '';
      // A hint between a label and its box is read as a hint (hintTexts), at a hint's weight.
      if (sibling instanceof Element && sibling.matches(HINTS)) continue;
      const text = sibling instanceof Element ? textOf(sibling) : (sibling.textContent ?? '').trim();
      // A currency sign or a colon beside a box says nothing about it: keep looking.
      if (/^[£$€:*\s]*$/.test(text)) continue;
      return text.length <= 120 ? text : '';
    }
  }
  return '';
}
