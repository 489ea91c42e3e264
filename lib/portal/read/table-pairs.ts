import { add, type Found } from './summary-pairs';
import { visibleText } from './visible-text';

type Cell = Element | undefined;

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TH' || cell.tagName === 'TD');
}

/** Cells by column position, a colspan filling each column it covers, so header and body line up. */
export function columns(row: Element): Cell[] {
  return cellsOf(row).flatMap((cell) => Array.from({ length: Math.max(1, Number(cell.getAttribute('colspan')) || 1) }, () => cell));
}

/** The table's own rows, not those of a table inside one of its cells. */
export function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

/** The rows naming the columns: those in <thead>, else a first row of two or more <th>s. */
export function headerRows(rows: Element[]): Element[] {
  const inHead = rows.filter((row) => row.parentElement?.tagName === 'THEAD');
  if (inHead.length > 0) return inHead;
  const first = rows[0] && cellsOf(rows[0]);
  return first && first.length >= 2 && first.every((cell) => cell.tagName === 'TH') ? [rows[0]!] : [];
}

/** Each column's name: the lowest header row's text, or a higher row's where the lowest is empty there. */
export function columnNames(header: Element[]): string[] {
  const texts = header.map((row) => columns(row).map((cell) => (cell ? visibleText(cell).replace(/\n/g, ' ') : '')));
  const width = Math.max(0, ...texts.map((row) => row.length));
  return Array.from({ length: width }, (_, i) => texts.map((row) => row[i] ?? '').findLast(Boolean) ?? '');
}

/**
 * Tables as label/value pairs: a table with column headers gives each body cell under its column's name, row by row
 * (dates worked laid out as First day / Last day columns); a table without them gives its "label, value…" rows.
 */
export function fromTables(root: ParentNode, found: Found[], used: Set<Element>): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = rowsOf(table);
    const header = headerRows(rows);
    if (header.length > 0) fromColumns(rows, header, found, used);
    else fromLabelledRows(rows, found, used);
  }
}

function fromColumns(rows: Element[], header: Element[], found: Found[], used: Set<Element>): void {
  const names = columnNames(header);
  for (const row of rows.filter((row) => !header.includes(row))) {
    const cells = columns(row);
    // A cell spanning columns is read once, under the first.
    for (const [i, cell] of cells.entries())
      if (cell?.tagName === 'TD' && cells.indexOf(cell) === i && names[i]) add(found, used, cell, names[i], [cell]);
  }
}

/** <th scope="row">Label</th><td>Value</td>, two <td>s, or a row label then one value per column (a period a column). */
function fromLabelledRows(rows: Element[], found: Found[], used: Set<Element>): void {
  const cells = rows.map(cellsOf);
  const labelled = cells.every((row) => row.length <= 2) || cells.every((row) => row.length < 2 || row[0]!.tagName === 'TH');
  if (!labelled) return;
  for (const [labelCell, ...values] of cells) {
    for (const valueCell of values)
      if (labelCell && valueCell.tagName === 'TD') add(found, used, labelCell, visibleText(labelCell), [valueCell]);
  }
}
