import { ALREADY_IN_LEDGER, type ImportRow } from './csv-rows';

export type LeftOutRow = { rowNumber: number; cells: string[]; reasons: string[] };

/** The rows an import does not take, with the cells as read (`cells[i]` is `rows[i]`'s) and the reasons; a duplicate is left out unless included. */
export function rowsLeftOut(rows: ImportRow[], cells: string[][], includeDuplicates: boolean): LeftOutRow[] {
  return rows.flatMap((row, i) => {
    const reasons = row.ok ? (row.duplicate && !includeDuplicates ? [ALREADY_IN_LEDGER] : []) : row.reasons;
    return reasons.length === 0 ? [] : [{ rowNumber: row.rowNumber, cells: cells[i] ?? [], reasons }];
  });
}
