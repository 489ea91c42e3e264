// The Locum A rows of a generated Locum B, made from the replica's state rather than copied: each from its template
// box (structure-roles.mjs), with the reference put back where the structure file had it scrubbed ("LA-[number]"),
// and the row's other cells filled by what their column header asks for.
import { html } from './html.mjs';
import { controlHtml } from './generated-control.mjs';
import { locumARow } from './locum-b-common.mjs';
import { money } from './format.mjs';

const SCRUBBED = /\b[A-Z]{0,4}-?\[(?:number|ledger value)\]/g;

/** Column headers to a Locum A's figures; order matters ("Date pay received" before "first", "surgery/practice" last). */
const COLUMNS = [
  [/reference|\bref\b/i, (r) => r.ref],
  [/\bEA\b|ODS|practice code/i, (r) => r.ea],
  [/pensionable/i, (r) => money(r.pensionable)],
  [/employer/i, (r) => money(r.employer)],
  [/tier/i, (r) => (r.tier ? `${r.tier}%` : '—')],
  [/paid|pay received/i, (r) => r.datePaid],
  [/first|from|start/i, (r) => r.first],
  [/last|\bto\b|end/i, (r) => r.last],
  [/surgery|practice|organisation/i, (r) => r.practice],
];

const cellFor = (header, row) => COLUMNS.find(([pattern]) => pattern.test(header))?.[1](row) ?? '';

/** A unique id per row: the reference where the id had one scrubbed, else the row counter in it moved on (ctl02 → ctl03). */
function rowId(id, k, ref) {
  if (!id) return undefined;
  const withRef = id.replace(SCRUBBED, ref);
  if (withRef !== id || k === 0) return withRef;
  const digits = /(\d+)(?!.*\d)/.exec(id);
  return digits
    ? `${id.slice(0, digits.index)}${String(Number(digits[1]) + k).padStart(digits[1].length, '0')}${id.slice(digits.index + digits[1].length)}`
    : `${id}-${k + 1}`;
}

/** One row's box: the template with this Locum A's reference, ticked if it was posted. */
function box(template, a, k, { selected, selectable }) {
  const put = (text) => text?.replace(SCRUBBED, a.ref);
  const c = { ...template, id: rowId(template.id, k, a.ref), label: put(template.label), ariaLabel: put(template.ariaLabel) };
  return controlHtml(c, { value: a.ref, checked: selected.includes(a.ref), disabled: !selectable });
}

/** [template, Locum A, row number] for every row to show: those that can be chosen, then those awaiting approval. */
function rowsOf(templates, candidates, selectable) {
  const chosen = candidates.approved.filter(selectable);
  const waiting = templates.awaiting ? [...candidates.approved.filter((a) => !selectable(a)), ...candidates.awaiting] : [];
  return [...chosen.map((a, k) => [templates.approved, a, k, true]), ...waiting.map((a, k) => [templates.awaiting, a, k, false])];
}

/** Table rows: the box in its template's column, the other cells by their column header. */
export function selectionRows({ store, templates, candidates, selectable, selected }, { headers, columns }) {
  return rowsOf(templates, candidates, selectable).map(([template, a, k, can]) => {
    const row = locumARow(store, a);
    const cells = Array.from({ length: columns }, (_, c) =>
      c === template.position.column ? box(template, a, k, { selected, selectable: can }) : cellFor(headers[c] ?? '', row),
    );
    return html`<tr class="generated-row">${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`;
  });
}

/** Outside a table (cards, a list): each box with the Locum A's reference, practice and dates beside it. */
export function selectionRecords({ store, templates, candidates, selectable, selected }) {
  return rowsOf(templates, candidates, selectable).map(([template, a, k, can]) => {
    const r = locumARow(store, a);
    return html`<div class="generated-record">${box(template, a, k, { selected, selectable: can })} <span>${r.ref} ${r.ea} ${r.practice} ${r.first} – ${r.last}</span></div>`;
  });
}
