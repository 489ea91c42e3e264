import type { ColumnMapping } from './csv-columns';

/** Words a spreadsheet writes in the row that adds the column up; the whole cell must be one of them. */
const TOTAL_WORDS = new Set(['total', 'totals', 'grand total', 'sub total', 'subtotal', 'total fees']);

const words = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/**
 * A row that sums the sheet rather than records a session: a cell saying "Total" (or "Grand total"), or a fee with every other
 * cell empty. Read as a session it would double the year's pay, so it is left out as one, with one reason.
 */
export function isTotalsRow(cells: string[], mapping: ColumnMapping): boolean {
  if (cells.some((cell) => TOTAL_WORDS.has(words(cell)))) return true;
  const fee = mapping.fee;
  if (fee === undefined || (cells[fee] ?? '').trim() === '') return false;
  return cells.every((cell, i) => i === fee || cell.trim() === '');
}
