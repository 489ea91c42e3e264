import type { Control } from './controls';
import type { LabelIndex } from './labels';
import { nameTokens, normaliseLabel } from './text';

/**
 * Values split over several boxes: a date as day, month and year (boxes or selects), an amount as pounds and pence.
 * Which part each box is, and which boxes make one value.
 */
export type PartSet = { holder: Element; members: Control[] };

const PART_WORDS: Record<string, PartName> = { day: 'day', dd: 'day', month: 'month', mm: 'month', year: 'year', yy: 'year', yyyy: 'year' };
export type PartName = 'day' | 'month' | 'year' | 'pounds' | 'pence';
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
export function partSaid(text: string, select: boolean): PartName | undefined {
  const word = (w: string | undefined) => (w ? (PART_WORDS[w] ?? (select ? undefined : MONEY_WORDS[w])) : undefined);
  const whole = normaliseLabel(text.replace('£', ' pounds '));
  if (whole === 'p' && !select) return 'pence';
  const own = word(whole);
  if (own) return own;
  return word(PART_TAIL.exec(text)?.[1]?.toLowerCase());
}

const PART_TAIL = /[–—\-:(,]\s*([A-Za-z£]+)\s*\)?\s*$/;

/** A part's own label less the part's name: "Date from 1 – Day" says "Date from 1" of the whole date. */
export function wholeOf(text: string): string {
  const tail = PART_TAIL.exec(text)?.[1]?.toLowerCase();
  return tail && (PART_WORDS[tail] || MONEY_WORDS[tail]) ? text.slice(0, -PART_TAIL.exec(text)![0].length).trim() : text;
}

/** Where a box may say which part it is, in order, each read only when those before it did not say (most have a label). */
const PART_TEXTS: ((control: Control, labels: LabelIndex) => string | null | undefined)[] = [
  (control, labels) => labels(control)[0],
  (control) => control.getAttribute('aria-label'),
  (control) => control.getAttribute('placeholder'),
  (control) => control.title,
];

/** Is this box one part of a split date or amount? By its own label, aria-label, placeholder, its name's last word, then a select's options. */
function partName(control: Control, labels: LabelIndex): PartName | undefined {
  const select = control instanceof HTMLSelectElement;
  if (!(control instanceof HTMLInputElement || select)) return undefined;
  if (control instanceof HTMLInputElement && !['text', 'number', 'tel'].includes(control.type)) return undefined;
  for (const read of PART_TEXTS) {
    const text = read(control, labels);
    const part = text ? partSaid(text, select) : undefined;
    if (part) return part;
  }
  const last = nameTokens(control.getAttribute('name') || control.id).at(-1);
  const named = last ? (PART_WORDS[last] ?? (select ? undefined : MONEY_WORDS[last])) : undefined;
  return named ?? (select ? partByOptions(control) : undefined);
}

export function groupOf(control: Element): Element | null {
  return control.closest('fieldset, [role="group"], [role="radiogroup"]');
}

/** Where a split value's parts sit together, nearest first: their date-input block, cell, input group or fieldset, else their parent. */
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
export function ownGroup(holder: Element, members: Control[]): Element | null {
  const group = groupOf(holder);
  return group && group.querySelectorAll('input, select, textarea').length === members.length ? group : null;
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
export function isWhole(set: PartSet, partOf: Map<Control, PartName>): boolean {
  // Asked for every member of every set, several times over: looked up in place rather than collected into a Set each time.
  const has = (part: PartName) => set.members.some((member) => partOf.get(member) === part);
  return (has('month') && has('year')) || (has('pounds') && has('pence'));
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
    // A run cannot start at a box already known as a part: passed over before anything is read or copied.
    if (partOf.has(controls[i]!)) continue;
    for (const [wanted, names] of lengths) {
      const run = controls.slice(i, i + wanted.length);
      const fits = run.every(
        (control, j) =>
          !partOf.has(control) &&
          control instanceof HTMLInputElement &&
          control.type === 'text' &&
          control.maxLength === wanted[j] &&
          control.parentElement === controls[i]!.parentElement,
      );
      if (run.length !== wanted.length || !fits) continue;
      for (const [j, control] of run.entries()) partOf.set(control, names[j]!);
      i += wanted.length - 1;
      break;
    }
  }
}

/** A pence box with no word of its own: two digits at most, straight after a pounds box in the same holder. */
function pairPence(controls: Control[], partOf: Map<Control, PartName>): void {
  controls.forEach((control, i) => {
    const before = controls[i - 1];
    if (partOf.has(control) || !(control instanceof HTMLInputElement) || control.maxLength !== 2 || !before) return;
    if (partOf.get(before) === 'pounds' && nearHolder(before) === nearHolder(control)) partOf.set(control, 'pence');
  });
}

/** Each part box's part, and the set of parts each belongs to: looked for nearest first, then further out. */
export function splitValues(controls: Control[], labels: LabelIndex): { partOf: Map<Control, PartName>; sets: Map<Control, PartSet> } {
  const partOf = new Map<Control, PartName>();
  for (const control of controls) {
    const part = partName(control, labels);
    if (part) partOf.set(control, part);
  }
  pairPence(controls, partOf);
  partsByLength(controls, partOf);
  const sets = partSets(controls, partOf, nearHolder);
  for (const holderOf of [groupHolder, ancestorAt(2), ancestorAt(3)]) {
    const incomplete = controls.filter((control) => partOf.has(control) && !isWhole(sets.get(control)!, partOf));
    for (const [control, set] of partSets(incomplete, partOf, holderOf)) if (isWhole(set, partOf)) sets.set(control, set);
  }
  return { partOf, sets };
}
