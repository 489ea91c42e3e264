// Reads a posted generated Locum A or Locum B into the shape the hand-written variants' readers give
// (locum-a-input.mjs, locum-b-input.mjs), by each control's role, so the same validation and storage run behind it.

/** The name of a generated page's buttons: its value is the button's text ("Search", "Submit"). */
export const ACTION_FIELD = '__action';
const EXTRAS = ['c', 'd', 'e', 'f'];

const controlsOf = (page, key, row) =>
  page.structure.controls.filter((c) => c.role?.key === key && (row === undefined || c.role.row === row));

function reader(page, form) {
  const value = (c) => (c ? form.get(c.name).trim() : '');
  return {
    text: (key) => value(controlsOf(page, key)[0]),
    ticked: (key) => controlsOf(page, key).some((c) => form.has(c.name)),
    /** One date: a dd/mm/yyyy text, or { day, month, year } from split boxes. */
    date(key, row) {
      const parts = controlsOf(page, key, row);
      if (!parts[0]?.role.part) return value(parts[0]);
      return Object.fromEntries(['day', 'month', 'year'].map((part) => [part, value(parts.find((c) => c.role.part === part))]));
    },
    value,
  };
}

export function readGeneratedLocumA(page, form) {
  const read = reader(page, form);
  const rows = Math.max(1, ...page.structure.controls.filter((c) => ['first', 'last'].includes(c.role?.key)).map((c) => c.role.row + 1));
  return {
    action: /search/i.test(form.get(ACTION_FIELD)) ? 'search' : 'submit',
    ods: read.text('ods').toUpperCase(),
    workType: read.text('workType'),
    periods: Array.from({ length: rows }, (_, i) => ({ first: read.date('first', i), last: read.date('last', i) })),
    fee: read.text('fee'),
    datePaid: read.date('datePaid', 0),
    tier: read.text('tier'),
    invoiceRef: read.text('invoiceRef'),
    declaration: read.ticked('declaration'),
  };
}

/** `candidates` are the approved Locum As the page listed: each box posts its Locum A's reference. */
export function readGeneratedLocumB(page, form, candidates) {
  const read = reader(page, form);
  const months = controlsOf(page, 'month');
  const whole = months.find((c) => !c.role.part);
  const part = (name) => read.value(months.find((c) => c.role.part === name));
  const box = controlsOf(page, 'include').find((c) => c.role.template === 'approved');
  return {
    month: whole ? read.value(whole) : { month: part('month'), year: part('year') },
    tier: read.text('tier'),
    selected: box ? candidates.filter((a) => form.all(box.name).includes(a.ref)).map((a) => a.ref) : [],
    extras: Object.fromEntries(EXTRAS.map((k) => [k, read.text(k)])),
    declaration: read.ticked('declaration'),
  };
}
