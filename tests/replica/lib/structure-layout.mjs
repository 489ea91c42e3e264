// Lays a page structure out as a tree: fieldsets (nested by `parent`), tables (rows and columns as recorded) and
// controls, in the controls' document order. A structure records where each control sits, not where containers sit,
// so two guesses fill the gap: a fieldset holds the tables it shares controls with, and a table whose controls come
// between two controls of another table is nested in that table, in its first empty row after the last control seen.
//
// Nodes: { control: k } · { fieldset: i, children: [] } · { table: t, rows: { [row]: { [column]: children } } }

function emptyRowAfter(structure, table, after) {
  const used = new Set(structure.controls.filter((c) => c.position.table === table).map((c) => c.position.row));
  const headers = structure.tables[table]?.rowHeaders ?? [];
  for (let row = after + 1; row < headers.length; row++) if (!headers[row] && !used.has(row)) return row;
  return Math.max(after, 0);
}

export function layoutOf(structure) {
  const { controls, fieldsets } = structure;
  const lastControlIn = new Map(controls.map((c, k) => [c.position.table, k]));
  const lastRowIn = new Map();
  const root = { children: [] };
  const stack = [{ kind: 'root', node: root }];
  const opened = new Set();
  const chainOf = (i) => (i === undefined ? [] : [...chainOf(fieldsets[i]?.parent), i]);
  const isOpen = (kind, index) => stack.some((s) => s.kind === kind && s.index === index);

  /** Where something new goes: the open container, or in a table the control's cell (or the empty row for a nested one). */
  function slot(position) {
    const top = stack.at(-1);
    if (top.kind !== 'table') return top.node.children;
    const own = position.table === top.index;
    const row = own ? (position.row ?? 0) : emptyRowAfter(structure, top.index, lastRowIn.get(top.index) ?? -1);
    const column = own ? (position.column ?? 0) : 0;
    lastRowIn.set(top.index, row);
    top.node.rows[row] ??= {};
    top.node.rows[row][column] ??= [];
    return top.node.rows[row][column];
  }

  /** Fieldsets before `i` that no control opened (a "Your details" panel of plain text) keep their place, empty. */
  function placeEmptyBefore(i, chain, position) {
    for (let j = 0; j < i; j++) {
      if (opened.has(j) || chain.includes(j)) continue;
      opened.add(j);
      slot(position).push({ fieldset: j, children: [] });
    }
  }

  controls.forEach((control, k) => {
    const { position } = control;
    const chain = chainOf(position.fieldset);
    while (stack.length > 1) {
      const top = stack.at(-1);
      const keep =
        top.kind === 'fieldset'
          ? chain.includes(top.index)
          : top.index === position.table || (position.table !== undefined && lastControlIn.get(top.index) > k);
      if (keep) break;
      stack.pop();
    }
    for (const i of chain.filter((f) => !isOpen('fieldset', f))) {
      placeEmptyBefore(i, chain, position);
      const node = { fieldset: i, children: [] };
      slot(position).push(node);
      opened.add(i);
      stack.push({ kind: 'fieldset', index: i, node });
    }
    if (position.table !== undefined && !isOpen('table', position.table)) {
      const node = { table: position.table, rows: {} };
      slot(position).push(node);
      stack.push({ kind: 'table', index: position.table, node });
    }
    slot(position).push({ control: k });
  });
  fieldsets.forEach((_, j) => {
    if (!opened.has(j)) root.children.push({ fieldset: j, children: [] });
  });
  return root.children;
}
