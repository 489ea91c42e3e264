import { visibleText } from './visible-text';

/** HTML tables and ARIA ones (a single-page app's grid of divs with role="row", "columnheader", "gridcell"). */
export const TABLE = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const HEADER_ROLES = new Set(['columnheader', 'rowheader']);
const DATA_ROLES = new Set(['cell', 'gridcell']);

/** A heading cell: <th>, or role columnheader/rowheader. */
export function isHeaderCell(cell: Element): boolean {
  const role = cell.getAttribute('role');
  return role ? HEADER_ROLES.has(role) : cell.tagName === 'TH';
}

/** A data cell: <td>, or role cell/gridcell. */
export function isDataCell(cell: Element): boolean {
  const role = cell.getAttribute('role');
  return role ? DATA_ROLES.has(role) : cell.tagName === 'TD';
}

/** The row's heading and data cells. */
export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => isHeaderCell(cell) || isDataCell(cell));
}

/** Cells by column position, a colspan filling each column it covers, so header and body line up. */
export function columns(row: Element): (Element | undefined)[] {
  return cellsOf(row).flatMap((cell) => {
    const span = Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan')) || 1;
    return Array.from({ length: Math.max(1, span) }, () => cell);
  });
}

/** The table's own rows, not those of a table inside one of its cells. */
export function rowsOf(table: Element): Element[] {
  const rows = table.tagName === 'TABLE' ? table.querySelectorAll('tr') : table.querySelectorAll('[role="row"]');
  return Array.from(rows).filter((row) => row.closest(TABLE) === table);
}

/** The rows naming the columns: those in <thead>, else a first row of two or more heading cells. */
export function headerRows(rows: Element[]): Element[] {
  const inHead = rows.filter((row) => row.parentElement?.tagName === 'THEAD');
  if (inHead.length > 0) return inHead;
  const first = rows[0] && cellsOf(rows[0]);
  return first && first.length >= 2 && first.every(isHeaderCell) ? [rows[0]!] : [];
}

/** Each column's name: the lowest header row's text, or a higher row's where the lowest is empty there. */
export function columnNames(header: Element[]): string[] {
  const texts = header.map((row) => columns(row).map((cell) => (cell ? visibleText(cell).replace(/\n/g, ' ') : '')));
  const width = Math.max(0, ...texts.map((row) => row.length));
  return Array.from({ length: width }, (_, i) => texts.map((row) => row[i] ?? '').findLast(Boolean) ?? '');
}
