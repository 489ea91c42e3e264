import { normaliseLabel, squash } from './text';
import { collectControls, isReadOnly, type Control } from './controls';
import { firstOf, lazyList } from './lazy-list';
import {
  ariaTexts,
  columnHeaderText,
  labelIndex,
  legendText,
  precedingText,
  rowHeaderText,
  type LabelCandidate,
  type LabelIndex,
} from './labels';

export type FieldKind = 'text' | 'select' | 'radioGroup' | 'checkbox' | 'splitDate' | 'output';
type DateParts = { day?: HTMLInputElement; month: HTMLInputElement; year: HTMLInputElement };
import type { FieldFingerprint as Fingerprint } from '../../shared/records';

/** One thing a person fills in: a control, a radio group, or a date split into day, month and year boxes. */
export type PageField = {
  kind: FieldKind;
  controls: Control[];
  parts?: DateParts;
  element: HTMLElement;
  labels: Iterable<LabelCandidate>;
  fingerprint: Fingerprint;
  readOnly: boolean;
  disabled: boolean;
  /**
   * The text of the table row (or card) around a checkbox: what a Locum A selection is matched on. Read when first
   * asked, since for a lone box, such as a declaration, the record is most of the page.
   */
  rowText?: () => string;
};

const PART_NAMES = ['day', 'month', 'year'] as const;
type PartName = (typeof PART_NAMES)[number];

function partName(control: Control, labels: LabelIndex): PartName | undefined {
  if (!(control instanceof HTMLInputElement)) return undefined;
  const label = normaliseLabel(labels(control)[0] ?? '');
  return PART_NAMES.find((part) => part === label);
}

function groupOf(control: Element): Element | null {
  return control.closest('fieldset, [role="group"], [role="radiogroup"]');
}

/** How many controls each fieldset holds: a legend names a single control, but only titles a section of many. */
type FieldsetSizes = Map<Element, number>;

/** A control's label candidates in order of trust, each looked up only when the ones before it did not settle it. */
function* candidates(
  anchor: Control,
  group: Element | null,
  own: string[],
  single: boolean,
  sizes: FieldsetSizes,
): Iterator<LabelCandidate> {
  const some = (source: LabelCandidate['source'], text: string) => (squash(text) ? [{ source, text }] : []);
  for (const text of own) yield* some('label', text);
  for (const element of [anchor, group].filter((e): e is Element => e !== null))
    for (const text of ariaTexts(element)) yield* some('aria', text);
  const fieldset = anchor.closest('fieldset');
  if (!single || (fieldset && sizes.get(fieldset) === 1)) yield* some('legend', legendText(fieldset));
  yield* some('rowHeader', rowHeaderText(anchor));
  yield* some('columnHeader', columnHeaderText(anchor));
  yield* some('preceding', precedingText(group && !single ? group : anchor));
  if ('placeholder' in anchor && anchor.placeholder) yield* some('placeholder', anchor.placeholder);
  yield* some('tokens', [anchor.id, anchor.getAttribute('name') ?? ''].join(' '));
}

function field(kind: FieldKind, controls: Control[], labels: Iterable<LabelCandidate>, extra: Partial<PageField> = {}): PageField {
  const first = controls[0]!;
  let fingerprint: Fingerprint | undefined;
  return {
    kind,
    controls,
    element: first,
    labels,
    // Worked out when first asked for (teaching, taught fields, the report): detecting the page never needs it.
    get fingerprint() {
      fingerprint ??= {
        id: first.id,
        name: first.getAttribute('name') ?? '',
        label: squash(firstOf(labels, (l) => l.source !== 'tokens')?.text ?? '').slice(0, 300),
      };
      return fingerprint;
    },
    readOnly: controls.every(isReadOnly),
    disabled: controls.every((control) => 'disabled' in control && control.disabled),
    ...extra,
  };
}

function splitDate(group: Element, controls: Control[], partOf: Map<Control, PartName>): PageField | undefined {
  const parts = Object.fromEntries(controls.map((control) => [partOf.get(control), control])) as Partial<DateParts>;
  if (!parts.month || !parts.year) return undefined;
  const { month } = parts;
  return field(
    'splitDate',
    controls,
    lazyList(() => dateCandidates(group, month)),
    { parts: parts as DateParts, element: group as HTMLElement },
  );
}

/** A split date's label candidates, looked up as far as they are read: the legend nearly always settles it. */
function* dateCandidates(group: Element, month: HTMLInputElement): Iterator<LabelCandidate> {
  const some = (source: LabelCandidate['source'], text: string) => (text ? [{ source, text }] : []);
  yield* some('legend', legendText(group.closest('fieldset')));
  for (const text of ariaTexts(group)) yield* some('aria', text);
  yield* some('preceding', precedingText(group));
  yield* some('tokens', [month.id, month.name].join(' ').replace(/month/gi, ' '));
}

/** The record a selection checkbox stands for: its table row, or the widest container (a card) holding no other checkbox. */
function recordOf(control: Control): Element | null {
  const row = control.closest('tr');
  if (row) return row;
  let record: Element | null = null;
  for (let node = control.parentElement; node && node !== control.ownerDocument.body; node = node.parentElement) {
    if (node.querySelectorAll('input[type=checkbox]').length > 1) break;
    record = node;
  }
  return record;
}

/** The record's text with its parts apart: textContent alone runs "LA-000130" into the next cell's "Hillside". */
function rowTextOf(control: Control): string {
  const record = recordOf(control);
  if (!record) return '';
  const walker = record.ownerDocument.createTreeWalker(record, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return squash(parts.join(' '));
}

function once(read: () => string): () => string {
  let text: string | undefined;
  return () => (text ??= read());
}

function kindOf(control: Control): FieldKind {
  if (control instanceof HTMLSelectElement) return 'select';
  if (control instanceof HTMLOutputElement) return 'output';
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return 'checkbox';
  return 'text';
}

function fieldsetSizes(controls: Control[]): FieldsetSizes {
  const sizes: FieldsetSizes = new Map();
  for (const control of controls) {
    const fieldset = control.closest('fieldset');
    if (fieldset) sizes.set(fieldset, (sizes.get(fieldset) ?? 0) + 1);
  }
  return sizes;
}

type DateSet = { group: Element; members: Control[] };

/**
 * Day, month and year boxes in sets, by the fieldset or group they sit in, in document order: a part seen twice starts
 * a new set, so two dates in one fieldset stay two dates. Worked out once, since a long form has hundreds.
 */
function dateSets(controls: Control[], partOf: Map<Control, PartName>): Map<Control, DateSet> {
  const setOf = new Map<Control, DateSet>();
  const current = new Map<Element, { set: DateSet; parts: Set<string> }>();
  for (const control of controls) {
    const part = partOf.get(control);
    const group = part ? groupOf(control) : null;
    if (!part || !group) continue;
    let open = current.get(group);
    if (!open || open.parts.has(part)) {
      open = { set: { group, members: [] }, parts: new Set() };
      current.set(group, open);
    }
    open.parts.add(part);
    open.set.members.push(control);
    setOf.set(control, open.set);
  }
  return setOf;
}

/** The page's fields in document order: radios grouped by name, day/month/year boxes grouped by their fieldset. */
export function collectFields(root: ParentNode): PageField[] {
  const fields: PageField[] = [];
  const seen = new Set<Control>();
  const controls = collectControls(root);
  const labels = labelIndex();
  const partOf = new Map<Control, PartName>();
  for (const control of controls) {
    const part = partName(control, labels);
    if (part) partOf.set(control, part);
  }
  const sizes = fieldsetSizes(controls);
  const sets = dateSets(controls, partOf);
  for (const control of controls) {
    if (seen.has(control)) continue;
    if (control instanceof HTMLInputElement && control.type === 'radio') {
      const radios = controls.filter(
        (c): c is HTMLInputElement =>
          c instanceof HTMLInputElement && c.type === 'radio' && c.name === control.name && c.form === control.form,
      );
      for (const radio of radios) seen.add(radio);
      fields.push(
        field(
          'radioGroup',
          radios,
          lazyList(() => candidates(control, groupOf(control), [], false, sizes)),
        ),
      );
      continue;
    }
    const set = sets.get(control);
    if (set) {
      const date = splitDate(set.group, set.members, partOf);
      if (date) {
        for (const member of set.members) seen.add(member);
        fields.push(date);
        continue;
      }
    }
    seen.add(control);
    const kind = kindOf(control);
    fields.push(
      field(
        kind,
        [control],
        lazyList(() => candidates(control, null, labels(control), true, sizes)),
        kind === 'checkbox' ? { rowText: once(() => rowTextOf(control)) } : {},
      ),
    );
  }
  return fields;
}
