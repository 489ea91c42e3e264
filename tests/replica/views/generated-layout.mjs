// Draws a generated page's layout tree (lib/structure-layout.mjs): fieldsets with their legends, tables with their
// column headers and row header cells at the recorded row indexes, and each control in its cell. The Locum A rows of
// a Locum B are drawn once, where the first of them was, from the replica's state.
import { html } from './html.mjs';
import { selectionRecords, selectionRows } from './generated-rows.mjs';

const isBox = (view, node) => node.control !== undefined && view.structure.controls[node.control].role?.key === 'include';
const range = (n) => Array.from({ length: n }, (_, k) => k);

function tableHtml(node, view) {
  const { headers, rowHeaders } = view.structure.tables[node.table] ?? { headers: [], rowHeaders: [] };
  const rows = Object.keys(node.rows).map(Number);
  const used = rows.flatMap((r) => Object.keys(node.rows[r]).map(Number));
  const columns = Math.max(headers.length, ...used.map((c) => c + 1), rowHeaders.some(Boolean) ? 2 : 1);
  const count = Math.max(rowHeaders.length, ...rows.map((r) => r + 1));
  const hasBoxes = (r) => Object.values(node.rows[r] ?? {}).some((children) => children.some((child) => isBox(view, child)));
  const firstBoxRow = range(count).find(hasBoxes);
  const body = range(count)
    .slice(headers.length ? 1 : 0)
    .map((r) => {
      if (r === firstBoxRow) return selectionRows(view.selection, { headers, columns });
      if (hasBoxes(r)) return '';
      const cells = node.rows[r] ?? {};
      return html`<tr>${range(columns).map((c) => {
        const inner = nodesHtml(cells[c] ?? [], view);
        return c === 0 && rowHeaders[r] ? html`<th scope="row">${rowHeaders[r]}${inner}</th>` : html`<td>${inner}</td>`;
      })}</tr>`;
    });
  return html`<table class="generated-table">${headers.length ? html`<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>` : ''}<tbody>${body}</tbody></table>`;
}

function nodeHtml(node, view) {
  if (node.fieldset !== undefined)
    return html`<fieldset class="section-panel"><legend>${view.structure.fieldsets[node.fieldset]?.legend}</legend>${nodesHtml(node.children, view)}</fieldset>`;
  if (node.table !== undefined) return tableHtml(node, view);
  const control = view.structure.controls[node.control];
  if (control.role?.key === 'include') return control.role.template === 'approved' ? selectionRecords(view.selection) : '';
  return view.control(control);
}

/** view: { structure, control(c) → markup, selection: what generated-rows.mjs needs } */
export function nodesHtml(nodes, view) {
  return nodes.map((node) => nodeHtml(node, view));
}
