import { add, type Found } from './summary-pairs';
import { cellsOf, columnNames, columns, headerRows, isDataCell, isHeaderCell, rowsOf, TABLE } from './table-structure';
import { visibleText } from './visible-text';

/**
 * Tables as label/value pairs: a table with column headers gives each body cell under its column's name, row by row
 * (dates worked laid out as First day / Last day columns); a table without them gives its "label, value…" rows.
 */
export function fromTables(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const table of Array.from(root.querySelectorAll(TABLE))) {
    const rows = rowsOf(table);
    const header = headerRows(rows);
    if (header.length > 0) fromColumns(rows, header, found, used);
    else fromLabelledRows(rows, found, used);
    // Column headings are labels, never a label/value pair of their own (an ARIA header row is two divs).
    for (const row of header) used.add(row);
  }
}

function fromColumns(rows: Element[], header: Element[], found: Found[], used: Set<Element>): void {
  const names = columnNames(header);
  for (const row of rows.filter((row) => !header.includes(row))) {
    const cells = columns(row);
    // A cell spanning columns is read once, under the first.
    for (const [i, cell] of cells.entries())
      if (cell && isDataCell(cell) && cells.indexOf(cell) === i && names[i]) add(found, used, cell, names[i], [cell]);
  }
}

/** <th scope="row">Label</th><td>Value</td>, two <td>s, or a row label then one value per column (a period a column). */
function fromLabelledRows(rows: Element[], found: Found[], used: Set<Element>): void {
  const cells = rows.map(cellsOf);
  const labelled = cells.every((row) => row.length <= 2) || cells.every((row) => row.length < 2 || isHeaderCell(row[0]!));
  if (!labelled) return;
  for (const [labelCell, ...values] of cells) {
    for (const valueCell of values)
      if (labelCell && isDataCell(valueCell)) add(found, used, labelCell, visibleText(labelCell), [valueCell]);
  }
}
