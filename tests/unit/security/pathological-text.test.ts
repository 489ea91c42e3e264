// @vitest-environment node
// Text built to make a regular expression backtrack: a cell or a label of brackets once took time quadratic in its
// length (a minute for 200,000 of them, far longer for a file's worth) and froze the dashboard or the portal tab.
// A regression would not fail on a timing threshold here but hang: each step yields, so Vitest's timeout can end it.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/ledger/csv-read';
import { guessMapping, normaliseWords } from '../../../lib/ledger/csv-columns';
import { previewImport } from '../../../lib/ledger/csv-rows';
import { normaliseLabel } from '../../../lib/portal/recognise/text';

const BRACKETS = '('.repeat(200_000);
const yieldToTimers = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('text that would make a regular expression backtrack', () => {
  it('a spreadsheet heading or cell of brackets is read, and the row refused with its reason', async () => {
    expect(normaliseWords(BRACKETS)).toBe('');
    await yieldToTimers();
    expect(normaliseWords('['.repeat(200_000))).toBe('');
    await yieldToTimers();
    const table = readCsv(`Date,Practice,Fee,Type,${BRACKETS}\n05/03/2026,Riverside Medical Centre,£300,${BRACKETS},x\n`);
    const practices = [{ id: 'p', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' }];
    const [row] = previewImport(table.rows, guessMapping(table.headers), practices, {
      headers: table.headers,
      rowNumbers: table.rowNumbers,
    });
    expect(row).toMatchObject({
      ok: false,
      reasons: [
        `Work type (column "Type"): "${'('.repeat(40)}…" is not a work type; write GP practice, appraisal, out of hours, ICB or private`,
      ],
    });
  });

  it("a page's label of brackets is normalised", async () => {
    expect(normaliseLabel(BRACKETS)).toBe('');
    await yieldToTimers();
    expect(normaliseLabel(`Fee (£) ${BRACKETS}`)).toBe('fee');
  });
});
