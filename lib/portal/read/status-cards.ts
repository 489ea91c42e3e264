import type { ListStatus } from './status-words';
import { looksLikeReference } from './reference-shapes';
import { namesColumn, statusFromText } from './status-words';
import type { VisibleLine } from './visible-text';

const LONGEST_LABEL = 40;

/**
 * Statuses shown as cards or blocks, one form each: a reference (the card's title, or a "Reference" row) and, after
 * it, a status row ("Status" then "Approved", or "Status: Approved"). Read from the lines in page order.
 */
export function statusesInCards(lines: VisibleLine[]): ListStatus[] {
  const found: ListStatus[] = [];
  let reference: string | undefined;
  for (const [i, { text }] of lines.entries()) {
    const pair = /^([^:]{1,40}):\s*(.+)$/.exec(text);
    const [label, value] = pair ? [pair[1]!, pair[2]!] : [text, lines[i + 1]?.text ?? ''];
    if (looksLikeReference(text)) reference = text;
    else if (pair && namesColumn(label, 'reference') > 0 && looksLikeReference(value)) reference = value;
    else if (reference && label.length <= LONGEST_LABEL && namesColumn(label, 'status') > 0) {
      const status = statusFromText(value);
      if (status) found.push({ reference, status, rawStatus: value });
      // One status per form: a later "Status" belongs to the next card.
      if (status) reference = undefined;
    }
  }
  return found;
}
