import { normaliseLabel, nameTokens, squash } from './text';
import { collectControls, isReadOnly, type Control } from './controls';
import type { Shape } from './evidence';
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

const PART_WORDS: Record<string, PartName> = { day: 'day', dd: 'day', month: 'month', mm: 'month', year: 'year', yy: 'year', yyyy: 'year' };
type PartName = 'day' | 'month' | 'year' | 'pounds' | 'pence';
const MONEY_WORDS: Record<string, PartName> = {
  pounds: 'pounds',
  pds: 'pounds',
  pound: 'pounds',
  pence: 'pence',
  pce: 'pence',
  p: 'pence',
};
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const YEAR = /^(19|20)\d{2}$/;

/** A select of days, months or years, by its options (1–31, January–December, 2025…). */
function partByOptions(select: HTMLSelectElement): PartName | undefined {
  const texts = [...select.options].filter((option) => option.value.trim() !== '').map((option) => option.text.trim());
  if (texts.length >= 12 && texts.length <= 13 && texts.every((text) => MONTHS.test(text))) return 'month';
  if (texts.length >= 28 && texts.length <= 31 && texts.every((text, i) => Number(text) === i + 1)) return 'day';
  if (texts.length >= 2 && texts.length <= 20 && texts.every((text) => YEAR.test(text))) return 'year';
  return undefined;
}

/** A part's name on its own ("Day", "DD") or after the whole's name and a dash or bracket ("Date from 1 – Day"). */
function partSaid(text: string, select: boolean): PartName | undefined {
  const word = (w: string | undefined) => (w ? (PART_WORDS[w] ?? (select ? undefined : MONEY_WORDS[w])) : undefined);
  const whole = normaliseLabel(text.replace('£', ' pounds '));
  if (whole === 'p' && !select) return 'pence';
  const own = word(whole);
  if (own) return own;
  return word(PART_TAIL.exec(text)?.[1]?.toLowerCase());
}

const PART_TAIL = /[–—\-:(,]\s*([A-Za-z£]+)\s*\)?\s*$/;

/** A part's own label less the part's name: "Date from 1 – Day" says "Date from 1" of the whole date. */
function wholeOf(text: string): string {
  const tail = PART_TAIL.exec(text)?.[1]?.toLowerCase();
  return tail && (PART_WORDS[tail] || MONEY_WORDS[tail]) ? text.slice(0, -PART_TAIL.exec(text)![0].length).trim() : text;
}

/** Is this box one part of a split date or amount? By its own label, aria-label, placeholder, its name's last word, then a select's options. */
function partName(control: Control, labels: LabelIndex): PartName | undefined {
  const select = control instanceof HTMLSelectElement;
  if (!(control instanceof HTMLInputElement || select)) return undefined;
  if (control instanceof HTMLInputElement && !['text', 'number', 'tel'].includes(control.type)) return undefined;
  for (const text of [labels(control)[0], control.getAttribute('aria-label'), control.getAttribute('placeholder'), control.title]) {
    const part = text ? partSaid(text, select) : undefined;
    if (part) return part;
  }
  const last = nameTokens(control.getAttribute('name') || control.id).at(-1);
  const named = last ? (PART_WORDS[last] ?? (select ? undefined : MONEY_WORDS[last])) : undefined;
  return named ?? (select ? partByOptions(control) : undefined);
}

function groupOf(control: Element): Element | null {
  return control.closest('fieldset, [role="group"], [role="radiogroup"]');
}

/** Where a split value's parts sit together, nearest first: their date-input block, cell or input group, else their parent. */
function nearHolder(control: Element): Element | null {
  return control.closest('.govuk-date-input, .nhsuk-date-input, td, .input-group, fieldset, [role="group"]') ?? control.parentElement;
}

/** Failing those, the element a few levels up: parts each in a column block of their own (".cols > .col > .row"). */
function ancestorAt(levels: number): (control: Element) => Element | null {
  return (control) => {
    let node: Element | null = control;
    for (let i = 0; i < levels && node; i++) node = node.parentElement;
    return node;
  };
}

/** Failing that, their fieldset or group: parts each in a cell of their own ("First date worked: Day | Month | Year"). */
function groupHolder(control: Element): Element | null {
  return groupOf(control) ?? control.parentElement;
}

/** The fieldset or group around a split value that holds nothing else: its legend or name is the value's own. */
function ownGroup(holder: Element, members: Control[]): Element | null {
  const group = groupOf(holder);
  return group && group.querySelectorAll('input, select, textarea').length === members.length ? group : null;
}

/** How many controls each fieldset holds: a legend names a single control, but only titles a section of many. */
type FieldsetSizes = Map<Element, number>;

/**
 * A control's label candidates in order of trust, each looked up only when asked for: the fingerprint needs only the
 * first, recognition all of them.
 */
function* candidates(
  anchor: Control,
  group: Element | null,
  own: string[],
  sizes: FieldsetSizes,
  around: Element = group ?? anchor,
): Iterator<LabelCandidate> {
  const some = (source: LabelCandidate['source'], text: string) => (squash(text) ? [{ source, text }] : []);
  for (const text of own) yield* some('label', text);
  for (const element of [anchor, group].filter((e): e is Element => e !== null))
    for (const text of ariaTexts(element)) yield* some('aria', wholeOf(text));
  const fieldset = (group ?? anchor).closest('fieldset');
  // A one-box fieldset's legend names the box, unless the box has a label of its own: then the legend titles it.
  const named = group !== null || (fieldset !== null && sizes.get(fieldset) === 1 && own.length === 0);
  if (named) yield* some('legend', legendText(group ?? fieldset));
  yield* some('rowHeader', rowHeaderText(anchor));
  yield* some('columnHeader', columnHeaderText(anchor));
  yield* some('term', termText(anchor));
  yield* some('preceding', precedingText(around));
  if (around !== anchor) yield* some('preceding', precedingText(anchor));
  if ('placeholder' in anchor && anchor.placeholder) yield* some('placeholder', anchor.placeholder);
  yield* some('tokens', [anchor.id, anchor.getAttribute('name') ?? ''].join(' '));
  if (anchor.title) yield* some('title', anchor.title);
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
        value: shapeOf(first, () => [...labels].filter((l) => l.source === 'hint' || l.source === 'placeholder').map((l) => l.text)),
      };
      return shape.value;
    },
    readOnly: controls.every(isReadOnly),
    disabled: controls.every((control) => 'disabled' in control && control.disabled),
    ...extra,
  };
}

type PartSet = { holder: Element; members: Control[] };

/** A split value's label candidates: the holder's (legend, aria, hint), then the first part's table, term and text. */
function splitField(set: PartSet, partOf: Map<Control, PartName>, sizes: FieldsetSizes, labels: LabelIndex): PageField | undefined {
  const parts = Object.fromEntries(set.members.map((control) => [partOf.get(control), control])) as Partial<Record<PartName, Control>>;
  const group = ownGroup(set.holder, set.members);
  const element = (group ?? set.members[0]) as HTMLElement;
  const anchor = set.members[0]!;
  const own = labels(anchor)
    .map(wholeOf)
    .filter((text) => !partSaid(text, false));
  // Parts in a cell or a block of their own: the text before that block names the whole ("Date fee received").
  const around = group ?? (set.holder.contains(anchor.parentElement) && set.members.length > 1 ? set.holder : anchor);
  const texts = lazyList(() => candidates(anchor, group, own, sizes, around));
  if (parts.month && parts.year)
    return field('splitDate', set.members, texts, { parts: parts as DateParts, element: group ? element : (anchor as HTMLElement) });
  if (parts.pounds && parts.pence)
    return field('splitMoney', set.members, texts, { money: parts as MoneyParts, element: group ? element : (anchor as HTMLElement) });
  return undefined;
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

/**
 * Day, month and year boxes (or pounds and pence) in sets, by what holds them, in document order: a part seen twice
 * starts a new set, so two dates in one fieldset stay two dates. Worked out once, since a long form has hundreds.
 */
function partSets(
  controls: Control[],
  partOf: Map<Control, PartName>,
  holderOf: (control: Element) => Element | null,
): Map<Control, PartSet> {
  const setOf = new Map<Control, PartSet>();
  const current = new Map<Element, Map<string, { set: PartSet; parts: Set<string> }>>();
  for (const control of controls) {
    const part = partOf.get(control);
    const holder = part ? holderOf(control) : null;
    if (!part || !holder) continue;
    // A date's parts and an amount's in one holder are two values: each family keeps its own open set.
    const family = part === 'pounds' || part === 'pence' ? 'money' : 'date';
    let open = current.get(holder)?.get(family);
    if (!open || open.parts.has(part)) {
      open = { set: { holder, members: [] }, parts: new Set() };
      current.set(holder, (current.get(holder) ?? new Map()).set(family, open));
    }
    open.parts.add(part);
    open.set.members.push(control);
    setOf.set(control, open.set);
  }
  return setOf;
}

/** A set of parts that makes a whole value: a month and a year (with or without a day), or pounds and pence. */
function isWhole(set: PartSet, partOf: Map<Control, PartName>): boolean {
  const parts = new Set(set.members.map((member) => partOf.get(member)));
  return (parts.has('month') && parts.has('year')) || (parts.has('pounds') && parts.has('pence'));
}

/** Day, month and year boxes told apart only by their lengths, side by side in one element: 2, 2, 4 or 2, 4 characters. */
function partsByLength(controls: Control[], partOf: Map<Control, PartName>): void {
  const lengths: [number[], PartName[]][] = [
    [
      [2, 2, 4],
      ['day', 'month', 'year'],
    ],
    [
      [2, 4],
      ['month', 'year'],
    ],
  ];
  for (let i = 0; i < controls.length; i++) {
    for (const [wanted, names] of lengths) {
      const run = controls.slice(i, i + wanted.length);
      const fits = run.every(
        (control, j) =>
          control instanceof HTMLInputElement &&
          control.type === 'text' &&
          control.maxLength === wanted[j] &&
          !partOf.has(control) &&
          control.parentElement === controls[i]!.parentElement,
      );
      if (run.length !== wanted.length || !fits) continue;
      for (const [j, control] of run.entries()) partOf.set(control, names[j]!);
      i += wanted.length - 1;
      break;
    }
  }
}

/** A pence box with no word of its own: two digits at most, straight after a box its label or a £ sign calls pounds. */
function pairPence(controls: Control[], partOf: Map<Control, PartName>): void {
  controls.forEach((control, i) => {
    const before = controls[i - 1];
    if (!(control instanceof HTMLInputElement) || control.maxLength !== 2 || partOf.has(control) || !before) return;
    if (partOf.get(before) === 'pounds' && nearHolder(before) === nearHolder(control)) partOf.set(control, 'pence');
  });
}

/** The page's fields in document order: radios grouped by name, split dates and amounts grouped by what holds them. */
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
  pairPence(controls, partOf);
  partsByLength(controls, partOf);
  const sizes = fieldsetSizes(controls);
  const sets = partSets(controls, partOf, nearHolder);
  for (const holderOf of [groupHolder, ancestorAt(2), ancestorAt(3)]) {
    const incomplete = controls.filter((control) => partOf.has(control) && !isWhole(sets.get(control)!, partOf));
    for (const [control, set] of partSets(incomplete, partOf, holderOf)) if (isWhole(set, partOf)) sets.set(control, set);
  }
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
    const split = set && splitField(set, partOf, sizes, labels);
    if (split) {
      for (const member of set.members) seen.add(member);
      fields.push(split);
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
