// @vitest-environment node
// Issue 16: no silent duplicates, and imports that keep data (invoice numbers, rows left out, practice aliases, totals rows).
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/ledger/csv-read';
import { guessMapping } from '../../../lib/ledger/csv-columns';
import { rowsLeftOutCsv, sessionsCsv } from '../../../lib/ledger/csv-export';
import { rowsLeftOut } from '../../../lib/ledger/csv-left-out';
import { aliasCandidate } from '../../../lib/ledger/csv-practice-alias';
import { previewImport, type ImportRow } from '../../../lib/ledger/csv-rows';
import { dayInWords, duplicateQuestion, findDuplicate } from '../../../lib/ledger/duplicates';
import { planImport } from '../../../lib/ledger/import-plan';
import { DEFAULT_SETTINGS, type LedgerData, type Practice, type Session } from '../../../lib/ledger/schemas';

const practice = (id: string, name: string, odsCode: string): Practice => ({
  id,
  name,
  odsCode,
  address: '',
  email: '',
  approverContact: '',
});
const RIVERSIDE = practice('p1', 'Riverside Medical Centre', 'Y99901');
const PRACTICES = [RIVERSIDE, practice('p2', 'Elm Tree Surgery', 'Y99902'), practice('p3', 'Oak Lane Practice', 'Y99903')];

const session = (id: string, fields: Partial<Session> = {}): Session => ({
  id,
  dateWorked: '2026-11-30',
  practiceId: 'p1',
  feePence: 85000,
  workType: 'practice',
  pensioned: true,
  notes: '',
  ...fields,
});

/** Reads a sheet as the dashboard does: headings guessed, against the given ledger sessions and aliases. */
function preview(csv: string, sessions: Session[] = [], aliases: Record<string, string> = {}) {
  const table = readCsv(csv);
  const rows = previewImport(table.rows, guessMapping(table.headers), PRACTICES, { ...table, sessions, aliases });
  return { table, rows };
}

const reasonsOf = (row: ImportRow | undefined) => (row && !row.ok ? row.reasons : []);

const SHEET = [
  'Date,Practice,Fee,Invoice no',
  '30/11/2026,Riverside Medical Centre,£850.00,INV-042',
  '01/12/2026,Elm Tree Surgery,£600.00,INV-043',
  '02/12/2026,Elm Tree Surgery,£600.00,',
].join('\r\n');

describe('duplicate sessions', () => {
  it('finds a session with the same practice, day and fee, but not itself nor one differing in any of the three', () => {
    const existing = [
      session('a'),
      session('b', { feePence: 85001 }),
      session('c', { dateWorked: '2026-12-01' }),
      session('d', { practiceId: 'p2' }),
    ];
    expect(findDuplicate(existing, session('new'))?.id).toBe('a');
    expect(findDuplicate(existing, session('a'))).toBeUndefined();
    expect(findDuplicate(existing, session('new', { feePence: 85002 }))).toBeUndefined();
  });

  it('asks in words, with the weekday and pounds and pence', () => {
    expect(dayInWords('2026-11-30')).toBe('Mon 30 Nov 2026');
    expect(duplicateQuestion('Riverside Medical Centre', session('x'))).toBe(
      'You already have Riverside Medical Centre on Mon 30 Nov 2026 for £850.00 — add another?',
    );
  });

  it('marks rows already in the ledger and leaves them out unless asked, so re-importing the same file adds nothing', () => {
    const first = planImport(preview(SHEET).rows);
    expect(first.sessions).toHaveLength(3);
    const again = preview(SHEET, first.sessions).rows;
    expect(again.map((row) => row.ok && row.duplicate)).toEqual([true, true, true]);
    const second = planImport(again);
    expect(second.sessions).toEqual([]);
    expect(second.skipped).toBe(3);
    expect(planImport(again, undefined, { includeDuplicates: true }).sessions).toHaveLength(3);
  });
});

describe('invoice numbers', () => {
  it('are read from an "Invoice no" column, carried into the session and written back by the export', () => {
    const plan = planImport(preview(SHEET).rows);
    expect(plan.sessions.map((s) => s.invoiceNumber)).toEqual(['INV-042', 'INV-043', undefined]);
    const data: LedgerData = {
      profile: null,
      practices: PRACTICES,
      sessions: plan.sessions,
      invoices: [],
      submissions: [],
      receipts: [],
      settings: DEFAULT_SETTINGS,
    };
    const exported = readCsv(sessionsCsv(data));
    const column = exported.headers.indexOf('Invoice no');
    expect(exported.rows.map((row) => row[column])).toEqual(['INV-042', 'INV-043', '']);
    expect(guessMapping(['Invoice number', 'Inv. no', 'Invoice #']).invoiceNumber).toBe(0);
  });

  it('refuses an invoice number longer than the ledger keeps, naming the column', () => {
    const { rows } = preview(`Date,Practice,Fee,Invoice no\r\n30/11/2026,Riverside Medical Centre,£850.00,${'x'.repeat(61)}`);
    expect(reasonsOf(rows[0])).toEqual(['Invoice no (column "Invoice no"): at most 60 characters']);
  });
});

describe('totals rows', () => {
  it('leaves out a row saying Total or Grand total, or holding only a fee, with one reason each', () => {
    const { rows } = preview(
      [
        'Date,Practice,Fee',
        '30/11/2026,Riverside Medical Centre,£850.00',
        'TOTAL,,£850.00',
        ',Grand total,£850.00',
        ',,£850.00',
        ',Total:,',
      ].join('\n'),
    );
    expect(rows.map((row) => row.ok)).toEqual([true, false, false, false, false]);
    expect(rows.slice(1).map(reasonsOf)).toEqual([['a totals row'], ['a totals row'], ['a totals row'], ['a totals row']]);
  });

  it('does not take a note that mentions a total, nor a row missing only its practice, for a totals row', () => {
    const { rows } = preview(
      ['Date,Practice,Fee,Notes', '30/11/2026,Riverside Medical Centre,£850.00,total hours 8', '30/11/2026,,£850.00,'].join('\n'),
    );
    expect(rows[0]?.ok).toBe(true);
    expect(reasonsOf(rows[1])).not.toContain('a totals row');
  });
});

describe('practice aliases', () => {
  it('offers the one practice whose name holds the short name as whole words, and nothing when none or several do', () => {
    expect(aliasCandidate('Riverside', PRACTICES)?.id).toBe('p1');
    expect(aliasCandidate('riverside  medical', PRACTICES)?.id).toBe('p1');
    expect(aliasCandidate('River', PRACTICES)).toBeUndefined();
    expect(aliasCandidate('Surgery', [...PRACTICES, practice('p4', 'Hill Surgery', 'Y99904')])).toBeUndefined();
    expect(aliasCandidate('Nowhere', PRACTICES)).toBeUndefined();
  });

  it('offers the alias on the row it would fix, and once remembered matches the name on the next import', () => {
    const sheet = 'Date,Practice,Fee\r\n30/11/2026,Riverside,£850.00';
    const [before] = preview(sheet).rows;
    expect(before?.ok).toBe(false);
    expect(before && !before.ok && before.aliasOffer).toEqual({
      name: 'Riverside',
      practiceId: 'p1',
      practiceName: 'Riverside Medical Centre',
    });
    const [after] = preview(sheet, [], { riverside: 'p1' }).rows;
    expect(after?.ok && after.practiceId).toBe('p1');
    // An alias to a practice since deleted matches nothing rather than a wrong practice.
    expect(preview(sheet, [], { riverside: 'gone' }).rows[0]?.ok).toBe(false);
  });
});

describe('rows left out', () => {
  it('keeps each left-out row with its original cells and reasons, including rows already in the ledger', () => {
    const sheet = `${SHEET}\r\n31/02/2026,Riverside Medical Centre,£100\r\nTOTAL,,"£2,050.00",`;
    const { table, rows } = preview(sheet, [session('old', { dateWorked: '2026-12-01', practiceId: 'p2', feePence: 60000 })]);
    const left = rowsLeftOut(rows, table.rows, false);
    expect(left.map((row) => [row.rowNumber, row.reasons])).toEqual([
      [3, ['already in your ledger']],
      [5, [expect.stringMatching(/^Date worked \(column "Date"\): /)]],
      [6, ['a totals row']],
    ]);
    expect(rowsLeftOut(rows, table.rows, true).map((row) => row.rowNumber)).toEqual([5, 6]);
  });

  it('downloads as CSV: the original cells, then a Reason column, formula cells guarded', () => {
    const csv = rowsLeftOutCsv(['Date', 'Practice', 'Fee'], [{ cells: ['=HYPERLINK("x")', 'Riverside', '£1'], reasons: ['one', 'two'] }]);
    expect(csv).toBe('\uFEFFDate,Practice,Fee,Reason\r\n"\'=HYPERLINK(""x"")",Riverside,£1,one; two\r\n');
    expect(readCsv(csv).rows).toEqual([['\'=HYPERLINK("x")', 'Riverside', '£1', 'one; two']]);
  });
});
