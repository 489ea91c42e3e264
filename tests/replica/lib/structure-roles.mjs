// What each control of a page structure means to the replica's server, from the concept the assistant recognised it
// as (`recognised`): the key the Locum A/B readers use, the row of a repeated date, the part of a split date, the
// values behind radios and options, and which Locum A selection box is the template for approved and awaiting rows.
import { monthNames } from './dates.mjs';

const KEYS = {
  practiceCode: 'ods',
  workType: 'workType',
  periodFirstDay: 'first',
  periodLastDay: 'last',
  fee: 'fee',
  pensionablePay: 'pensionable',
  employerContribution: 'employer',
  datePaid: 'datePaid',
  invoiceReference: 'invoiceRef',
  tier: 'tier',
  declaration: 'declaration',
  formMonth: 'month',
  formYear: 'month',
  includeLocumA: 'include',
  boxA: 'a',
  boxB: 'b',
  boxC: 'c',
  boxD: 'd',
  boxE: 'e',
  boxF: 'f',
  boxG: 'g',
  boxH: 'h',
  boxI: 'i',
  boxJ: 'j',
};

/** Figures the portal works out; the page shows them and the server never reads them. */
export const FIGURES = ['pensionable', 'employer', 'a', 'b', 'g', 'h', 'i', 'j'];
const DATES = ['first', 'last', 'datePaid'];
const PARTS = ['day', 'month', 'year'];

function monthNumber(text) {
  const word = text.trim().toLowerCase();
  const k = monthNames.findIndex((name) => name.toLowerCase() === word || name.slice(0, 3).toLowerCase() === word);
  return k >= 0 ? String(k + 1) : '';
}

/** The value the server expects for an option or radio, read from its text; '' for "-- Select --" and the like. */
function valueFor(key, text) {
  if (key === 'workType') return /appraisal/i.test(text) ? 'appraisal' : /practice|\bGP\b/i.test(text) ? 'practice' : '';
  if (key === 'tier') return /(\d+(?:\.\d+)?)\s*%/.exec(text)?.[1] ?? '';
  if (key === 'month') return monthNumber(text);
  return text;
}

function roleOf(control) {
  const key = KEYS[control.recognised];
  if (!key) return undefined;
  if (control.recognised === 'formYear') return { key, part: 'year' };
  // A month select lists either the months of a year (a year box beside it) or whole months ("March 2026").
  if (key === 'month' && control.tag === 'select') return control.options?.some(monthNumber) ? { key, part: 'month' } : { key };
  const word = (control.label ?? control.ariaLabel ?? '').trim().toLowerCase();
  return PARTS.includes(word) && (DATES.includes(key) || key === 'month') ? { key, part: word } : { key };
}

/** Numbers the rows of repeated dates: a whole date, or a part already seen in the current date, starts the next row. */
function numberRows(controls) {
  const open = new Map();
  for (const { role } of controls) {
    if (!DATES.includes(role?.key)) continue;
    const current = open.get(role.key);
    const next = !current || !role.part || !current.parts || current.parts.has(role.part);
    const entry = next ? { row: current ? current.row + 1 : 0, parts: role.part ? new Set() : null } : current;
    entry.parts?.add(role.part);
    open.set(role.key, entry);
    role.row = entry.row;
  }
}

/**
 * Locum A rows are made from the replica's own state, each from a template: the first selection box with a name stands
 * for rows that can be chosen, the first without one (it cannot be posted) for rows awaiting approval, shown disabled.
 */
function markTemplates(controls) {
  const boxes = controls.filter((c) => c.role?.key === 'include');
  const approved = boxes.find((c) => c.name) ?? boxes[0];
  const awaiting = boxes.find((c) => c !== approved && !c.name);
  if (approved) approved.role.template = 'approved';
  if (awaiting) awaiting.role.template = 'awaiting';
}

/** Options as [value, text]; month and year lists are rebuilt from the replica's "today" when the page is drawn. */
function choicesOf(control) {
  const pairs = (control.options ?? []).map((text) => [valueFor(control.role?.key, text), text]);
  if (control.role?.key !== 'month' || control.role.part === 'month') return { choices: pairs };
  const placeholder = pairs
    .filter(([, text]) => !/\d|\[/.test(text))
    .slice(0, 1)
    .map(([, text]) => ['', text]);
  return { choices: placeholder, regenerate: control.role.part === 'year' ? 'years' : 'months' };
}

/** The structure's controls with their index, role, option values and a name wherever the server must read one. */
export function withRoles(structure) {
  const controls = structure.controls.map((c, index) => ({ ...c, index, role: roleOf(c) }));
  numberRows(controls);
  markTemplates(controls);
  return controls.map((c) => {
    const read = c.role && !FIGURES.includes(c.role.key) && !(c.role.key === 'include' && c.role.template !== 'approved');
    // A control the server reads but the page gave no name: an opaque one, so it adds no words to recognise it by.
    const named = read && !c.name ? { name: `c${c.index}` } : {};
    const radio = c.type === 'radio' ? { value: valueFor(c.role?.key, c.label ?? c.ariaLabel ?? '') } : {};
    return { ...c, ...named, ...radio, ...(c.tag === 'select' ? choicesOf(c) : {}) };
  });
}

/** Which hand-written variant's server rules the page follows: "table" asks the tier on Locum A instead of Locum B. */
export function shapeOf(kind, controls) {
  const asksTier = controls.some((c) => c.role?.key === 'tier');
  return (kind === 'locumAForm' ? asksTier : !asksTier) ? 'table' : 'classic';
}
