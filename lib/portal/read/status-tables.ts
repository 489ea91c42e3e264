import type { ListStatus } from './status-words';
import { looksLikeReference, referenceInCell } from './reference-shapes';
import { type ListColumn, namesColumn, statusFromText } from './status-words';
import { columnNames, columns, headerRows, rowsOf } from './table-structure';
import { visibleText } from './visible-text';

/**
 * Statuses from a table with a status column (found by its heading) and a reference column (by its heading, else by
 * holding references: a list may head it "Form no." or nothing at all).
 */
export function statusesInTable(table: Element): ListStatus[] {
  const rows = rowsOf(table);
  const header = headerRows(rows);
  const names = columnNames(header);
  const body = rows
    .filter((row) => !header.includes(row))
    .map((row) => columns(row).map((cell) => (cell ? visibleText(cell).replace(/\n/g, ' ') : '')));
  const named = (column: ListColumn) => bestBy(names, (name) => namesColumn(name, column));
  const status = named('status');
  const holdsReferences = (i: number) => body.filter((cells) => looksLikeReference(cells[i] ?? '')).length * 2 >= body.length;
  const reference = [named('reference'), bestBy(names, (_, i) => (holdsReferences(i) ? 1 : 0))].find((i) => i >= 0 && i !== status) ?? -1;
  const reason = named('reason');
  if (reference < 0 || status < 0) return [];
  return body.flatMap((cells) => {
    const rawStatus = cells[status] ?? '';
    const mapped = statusFromText(rawStatus);
    const ref = referenceInCell(cells[reference] ?? '');
    const why = cells[reason] ?? '';
    // A dash or "n/a" in the Reason column says there is none.
    const hasReason = reason >= 0 && /[a-z0-9]/i.test(why) && !/^n\/?a$/i.test(why);
    return mapped && ref ? [{ reference: ref, status: mapped, rawStatus, ...(hasReason && { reason: why }) }] : [];
  });
}

/** The column scoring highest (the first of equals), or -1 when none scores. */
function bestBy(names: string[], score: (name: string, i: number) => number): number {
  let best = -1;
  let bestScore = 0;
  for (const [i, name] of names.entries()) {
    const s = score(name, i);
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  return best;
}
