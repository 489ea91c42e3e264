import { squash } from './text';
import { collectControls, isReadOnly, type Control } from './controls';
import { NAME_SOURCES, type Shape } from './evidence';
import { firstOf, lazyList } from './lazy-list';
import {
  ariaTexts,
  columnHeaderText,
  groupTexts,
  headingBefore,
  hintTexts,
  labelIndex,
  legendText,
  precedingText,
  rowHeaderText,
  termText,
  type LabelCandidate,
  type LabelIndex,
} from './labels';
import { shapeOf } from './shape';
import { groupOf, isWhole, ownGroup, partSaid, splitValues, wholeOf, type PartName, type PartSet } from './split-parts';
import type { FieldFingerprint as Fingerprint } from '../../shared/records';

export type FieldKind = 'text' | 'select' | 'radioGroup' | 'checkbox' | 'splitDate' | 'splitMoney' | 'output';
type Part = HTMLInputElement | HTMLSelectElement;
type DateParts = { day?: Part; month: Part; year: Part };
type MoneyParts = { pounds: HTMLInputElement; pence: HTMLInputElement };

/** One thing a person fills in: a control, a radio group, a date split into day, month and year, or pounds and pence. */
export type PageField = {
  kind: FieldKind;
  controls: Control[];
  parts?: DateParts;
  money?: MoneyParts;
  element: HTMLElement;
  labels: Iterable<LabelCandidate>;
  /** What the box's type, format or options say about its value; worked out when first asked. */
  shape?: Shape;
  fingerprint: Fingerprint;
  readOnly: boolean;
  disabled: boolean;
  /**
   * The text of the table row (or card) around a checkbox: what a Locum A selection is matched on. Read when first
   * asked, since for a lone box, such as a declaration, the record is most of the page.
   */
  rowText?: () => string;
};

/** How many controls each fieldset holds: a legend names a single control, but only titles a section of many. */
type FieldsetSizes = Map<Element, number>;

const isPartWord = (text: string) => partSaid(text, false) !== undefined && wholeOf(text) === text;

/** Whether the text just before a box in a one-box fieldset is the fieldset's legend (or nothing but signs). */
function legendIsNearest(nearest: string, fieldset: Element): boolean {
  return squash(nearest) === '' || squash(nearest) === squash(legendText(fieldset));
}
/** Has the text anything to read (squash would leave something)? */
const hasText = (text: string) => /\S/.test(text);

/**
 * A control's label candidates in order of trust, each looked up only when asked for: the fingerprint needs only the
 * first, recognition all of them. Each is yielded as it is, not spread from an array: a cold page runs this in the
 * interpreter for every field it reads.
 */
function* candidates(
  anchor: Control,
  group: Element | null,
  own: string[],
  sizes: FieldsetSizes,
  around: Element = group ?? anchor,
): Iterator<LabelCandidate> {
  let hasName = own.length > 0;
  let before: string | undefined;
  // The text just before the box: read once, whether it names the box or shows that a legend only titles it.
  const nearer = () => (before ??= precedingText(anchor));
  // A text worth reading, noting whether it names the box itself; a part's own word ("Day", "Pounds") names the part.
  const some = (source: LabelCandidate['source'], text: string): LabelCandidate[] => {
    if (!hasText(text)) return [];
    if (NAME_SOURCES.has(source) && source !== 'preceding' && !isPartWord(text)) hasName = true;
    return [{ source, text }];
  };
  for (const text of own) yield* some('label', text);
  for (const element of group ? [anchor, group] : [anchor]) for (const text of ariaTexts(element)) yield* some('aria', wholeOf(text));
  const fieldset = (group ?? anchor).closest('fieldset');
  // A one-box fieldset's legend names the box, unless the box has a name of its own (a label, or other text just
  // before it inside the fieldset: "Practice name" over "ODS code: <input>"): then the legend titles it.
  const named =
    group !== null || (fieldset !== null && sizes.get(fieldset) === 1 && own.length === 0 && legendIsNearest(nearer(), fieldset));
  if (named) yield* some('legend', legendText(group ?? fieldset));
  yield* some('rowHeader', rowHeaderText(anchor));
  yield* some('columnHeader', columnHeaderText(anchor));
  yield* some('term', termText(anchor));
  // Text before a box that has a name of its own is a caption ("Total to pay" over "a. Total pensionable pay"):
  // Chromium infers a label from the text around a field only when it has none (anchors.md).
  yield* some(hasName ? 'caption' : 'preceding', around === anchor ? nearer() : precedingText(around));
  if (around !== anchor) yield* some(hasName ? 'caption' : 'preceding', nearer());
  if ('placeholder' in anchor) yield* some('placeholder', anchor.placeholder);
  yield* some('tokens', [anchor.id, anchor.getAttribute('name') ?? ''].join(' '));
  yield* some('title', anchor.title);
  for (const text of hintTexts(around)) yield* some('hint', text);
  if (!named) for (const text of groupTexts(anchor)) yield* some('group', text);
  yield* some('heading', headingBefore(around));
}

function field(kind: FieldKind, controls: Control[], labels: Iterable<LabelCandidate>, extra: Partial<PageField> = {}): PageField {
  const first = controls[0]!;
  let fingerprint: Fingerprint | undefined;
  let shape: { value?: Shape } | undefined;
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
    get shape() {
      if (controls.length > 1) return undefined;
      shape ??= {
        value: shapeOf(
          first,
          () => [...labels].filter((l) => l.source === 'hint' || l.source === 'placeholder').map((l) => l.text),
          () => [...labels].filter((l) => NAME_SOURCES.has(l.source)).map((l) => l.text),
        ),
      };
      return shape.value;
    },
    readOnly: controls.every(isReadOnly),
    disabled: controls.every((control) => 'disabled' in control && control.disabled),
    ...extra,
  };
}

/** A split value's label candidates: the holder's (legend, aria, hint), then the first part's table, term and text. */
function splitField(set: PartSet, partOf: Map<Control, PartName>, sizes: FieldsetSizes, labels: LabelIndex): PageField {
  const parts = Object.fromEntries(set.members.map((control) => [partOf.get(control), control])) as Partial<Record<PartName, Control>>;
  const group = ownGroup(set.holder, set.members);
  const anchor = set.members[0]!;
  const element = (group ?? anchor) as HTMLElement;
  const own = labels(anchor)
    .map(wholeOf)
    .filter((text) => !partSaid(text, false));
  // Parts in a cell or a block of their own: the text before that block names the whole ("Date fee received").
  const around = group ?? (set.holder.contains(anchor.parentElement) && set.members.length > 1 ? set.holder : anchor);
  const texts = lazyList(() => candidates(anchor, group, own, sizes, around));
  return parts.month && parts.year
    ? field('splitDate', set.members, texts, { parts: parts as DateParts, element })
    : field('splitMoney', set.members, texts, { money: parts as MoneyParts, element });
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

/** The page's fields in document order: radios grouped by name, split dates and amounts grouped by what holds them. */
export function collectFields(root: ParentNode, controls: Control[] = collectControls(root)): PageField[] {
  const fields: PageField[] = [];
  const seen = new Set<Control>();
  const labels = labelIndex();
  const sizes = fieldsetSizes(controls);
  const { partOf, sets } = splitValues(controls, labels);
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
          lazyList(() => candidates(control, groupOf(control), [], sizes)),
        ),
      );
      continue;
    }
    const set = sets.get(control);
    if (set && isWhole(set, partOf)) {
      for (const member of set.members) seen.add(member);
      fields.push(splitField(set, partOf, sizes, labels));
      continue;
    }
    seen.add(control);
    const kind = kindOf(control);
    fields.push(
      field(
        kind,
        [control],
        lazyList(() => candidates(control, null, labels(control), sizes)),
        kind === 'checkbox' ? { rowText: once(() => rowTextOf(control)) } : {},
      ),
    );
  }
  return fields;
}
