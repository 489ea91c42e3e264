// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSV_EMPTY, CSV_NO_ROWS, readCsv } from '../../../lib/ledger/csv-read';
import { guessMapping, loadCsvColumns, mappingProblems, normaliseWords, type ColumnMapping } from '../../../lib/ledger/csv-columns';
import { previewImport } from '../../../lib/ledger/csv-rows';
import rawColumns from '../../../lib/ledger/data/csv-columns.json';
import type { Practice } from '../../../lib/ledger/schemas';

const practice = (id: string, name: string, odsCode: string): Practice => ({
  id,
  name,
  odsCode,
  address: '',
  email: '',
  approverContact: '',
});
const PRACTICES = [
  practice('p1', 'Riverside Medical Centre', 'Y99901'),
  practice('p2', 'Elm Tree Surgery', 'Y99902'),
  practice('p3', 'Oak Lane Practice', ''),
];
const FULL: ColumnMapping = { dateWorked: 0, practice: 1, odsCode: 2, fee: 3, workType: 4, notes: 5, datePaid: 6 };
const HEADERS = ['Date', 'Surgery', 'ODS', 'Amount', 'Type', 'Notes', 'Paid'];

/** One row for the FULL mapping, with the given cells changed. */
function row(cells: Partial<Record<keyof typeof FULL, string>> = {}): string[] {
  const base = {
    dateWorked: '05/05/2025',
    practice: 'Riverside Medical Centre',
    odsCode: 'Y99901',
    fee: '£300.00',
    workType: 'GP',
    notes: '',
    datePaid: '',
    ...cells,
  };
  return [base.dateWorked, base.practice, base.odsCode, base.fee, base.workType, base.notes, base.datePaid];
}

function reasonsFor(cells: Parameters<typeof row>[0], mapping = FULL, headers?: string[]): string[] {
  const [result] = previewImport([row(cells)], mapping, PRACTICES, headers ? { headers } : {});
  expect(result?.ok).toBe(false);
  return result && !result.ok ? result.reasons : [];
}

describe('readCsv', () => {
  it('reads a BOM, semicolons, quoted cells, CRLF, blank rows and trailing empty columns', () => {
    const text =
      '\uFEFFDate;Practice;Fee;Notes;;\r\n05/05/2025;"Elm Tree Surgery";£250,00;"AM; ""busy""\r\nPM";;\r\n\r\n;;;;;\r\n06/05/2025;Riverside;"£1 234,56";;;\r\n';
    expect(readCsv(text)).toEqual({
      headers: ['Date', 'Practice', 'Fee', 'Notes'],
      rows: [
        ['05/05/2025', 'Elm Tree Surgery', '£250,00', 'AM; "busy"\r\nPM'],
        ['06/05/2025', 'Riverside', '£1 234,56', ''],
      ],
      rowNumbers: [2, 5],
      problems: [],
    });
  });

  it('detects commas and tabs', () => {
    const expected = {
      headers: ['Date', 'Practice', 'Fee'],
      rows: [['05/05/2025', 'Elm, the surgery', '£1,234.56']],
      rowNumbers: [2],
      problems: [],
    };
    expect(readCsv('Date,Practice,Fee\n05/05/2025,"Elm, the surgery","£1,234.56"\n')).toEqual(expected);
    expect(readCsv('Date\tPractice\tFee\n05/05/2025\tElm, the surgery\t£1,234.56\n')).toEqual(expected);
  });

  it('detects ; even when notes hold commas and blank rows separate the rows', () => {
    const text =
      'Date;Practice;Fee;Notes\n05/05/2025;Elm;250,00;AM, PM, late\n\n\n06/05/2025;Oak;300,00;x, y, z\n\n07/05/2025;Oak;300,00;a, b, c\n';
    expect(readCsv(text).rows).toEqual([
      ['05/05/2025', 'Elm', '250,00', 'AM, PM, late'],
      ['06/05/2025', 'Oak', '300,00', 'x, y, z'],
      ['07/05/2025', 'Oak', '300,00', 'a, b, c'],
    ]);
  });

  it('pads short rows and trims headings', () => {
    expect(readCsv(' Date , Fee ,Notes\n05/05/2025,250\n')).toEqual({
      headers: ['Date', 'Fee', 'Notes'],
      rows: [['05/05/2025', '250', '']],
      rowNumbers: [2],
      problems: [],
    });
  });

  it('reads an empty file as no headers and no rows, and says so', () => {
    expect(readCsv('')).toEqual({ headers: [], rows: [], rowNumbers: [], problems: [CSV_EMPTY] });
    expect(readCsv('\uFEFF\r\n\r\n')).toEqual({ headers: [], rows: [], rowNumbers: [], problems: [CSV_EMPTY] });
    expect(readCsv('Date,Practice,Fee\r\n').problems).toEqual([CSV_NO_ROWS]);
  });

  it('says when a quoted cell is never closed', () => {
    expect(readCsv('Date,Notes\n05/05/2025,"unclosed\n06/05/2025,fine\n').problems).toEqual([
      'Row 2: a quoted cell is never closed (a " is missing), so the rows after it may have run together.',
    ]);
    expect(readCsv('Date,Notes\n05/05/2025,"ok"x\n06/05/2025,fine\n').problems).toEqual([
      'Row 2: a quoted cell has text after its closing ".',
      'Row 2: a quoted cell is never closed (a " is missing), so the rows after it may have run together.',
    ]);
  });
});

describe('guessMapping', () => {
  it('recognises the usual headings, whatever their case, spacing or bracketed aside', () => {
    expect(guessMapping(['Session date', 'Surgery', 'Practice code', 'Gross (£)', 'Work type', 'Comments', 'Date paid'])).toEqual(FULL);
    expect(guessMapping(['DATE WORKED', 'practice name', 'ods code', '£', 'TYPE', 'notes', 'paid on'])).toEqual(FULL);
    expect(guessMapping(['Date', 'Practice', 'ODS', 'Fee', 'Type', 'Notes', 'Paid'])).toEqual(FULL);
  });

  it('leaves out what it does not recognise, and takes the first of two candidates', () => {
    // "Invoice no" was the example of an unknown heading until sessions had invoice numbers (issue 16); "Patient count" is one now.
    expect(guessMapping(['Patient count', 'Amount', 'Date', 'Fee', 'Mileage'])).toEqual({ fee: 1, dateWorked: 2 });
    expect(guessMapping([])).toEqual({});
  });

  it('normalises headings for matching', () => {
    expect(normaliseWords('  Fee (£) ')).toBe('fee');
    expect(normaliseWords('(£)')).toBe('£');
    expect(normaliseWords('Fee [gross] (£)')).toBe('fee');
    expect(normaliseWords('Out-of-hours')).toBe('out of hours');
  });
});

describe('loadCsvColumns', () => {
  it('indexes the shipped words by their normalised form', () => {
    const { fieldsByHeading, workTypesByWord } = loadCsvColumns(rawColumns);
    expect(fieldsByHeading.get('gross')).toBe('fee');
    expect(workTypesByWord.get('out of hours')).toBe('ooh');
  });

  it('refuses a word listed twice, a missing column and an empty list', () => {
    const twice = { ...rawColumns, columns: { ...rawColumns.columns, notes: ['Notes', 'Fee'] } };
    expect(() => loadCsvColumns(twice)).toThrow('csv-columns.json: columns: a heading is listed for two columns');
    const sameWhenNormalised = { ...rawColumns, workTypes: { ...rawColumns.workTypes, private: ['Private', 'out-of-hours'] } };
    expect(() => loadCsvColumns(sameWhenNormalised)).toThrow('csv-columns.json: workTypes: a word is listed for two work types');
    const { datePaid: _, ...withoutDatePaid } = rawColumns.columns;
    expect(() => loadCsvColumns({ ...rawColumns, columns: withoutDatePaid })).toThrow('csv-columns.json: columns.datePaid: expected array');
    expect(() => loadCsvColumns({ ...rawColumns, columns: { ...rawColumns.columns, notes: [] } })).toThrow(
      'csv-columns.json: columns.notes: expected at least one word',
    );
  });
});

describe('mappingProblems', () => {
  it('asks for the date, fee and practice columns', () => {
    expect(mappingProblems(FULL)).toEqual([]);
    expect(mappingProblems({ odsCode: 2 })).toEqual([
      'Choose the column that holds the date worked.',
      'Choose the column that holds the fee.',
    ]);
    expect(mappingProblems({ dateWorked: 0, fee: 3 })).toEqual(['Choose the column that holds the practice name or its ODS code.']);
  });
});

describe('previewImport', () => {
  it('turns a good row into a session at a known practice', () => {
    expect(previewImport([row({ notes: 'AM only', datePaid: '30/05/2025' })], FULL, PRACTICES)).toEqual([
      {
        ok: true,
        rowNumber: 2,
        practiceId: 'p1',
        session: {
          dateWorked: '2025-05-05',
          feePence: 30000,
          workType: 'practice',
          pensioned: true,
          notes: 'AM only',
          practiceName: 'Riverside Medical Centre',
          odsCode: 'Y99901',
          datePaid: '2025-05-30',
        },
      },
    ]);
  });

  it('matches the ODS code first, then the name regardless of case and spacing', () => {
    const [byOds, byName, noOds] = previewImport(
      [
        row({ practice: 'Some other name', odsCode: 'y99902' }),
        row({ practice: '  elm   TREE surgery ', odsCode: '' }),
        row({ practice: 'oak lane practice', odsCode: 'Y12345' }),
      ],
      FULL,
      PRACTICES,
    );
    expect(byOds).toMatchObject({ ok: true, practiceId: 'p2', session: { practiceName: 'Elm Tree Surgery', odsCode: 'Y99902' } });
    expect(byName).toMatchObject({ ok: true, practiceId: 'p2', session: { practiceName: 'Elm Tree Surgery' } });
    expect(noOds).toMatchObject({ ok: true, practiceId: 'p3', session: { practiceName: 'Oak Lane Practice' } });
  });

  it('marks a new practice when the row names it with a valid ODS code', () => {
    const [result] = previewImport([row({ practice: 'Hilltop Health Centre', odsCode: 'b 82005' })], FULL, PRACTICES);
    expect(result).toEqual({
      ok: true,
      rowNumber: 2,
      newPractice: { name: 'Hilltop Health Centre', odsCode: 'B82005' },
      session: {
        dateWorked: '2025-05-05',
        feePence: 30000,
        workType: 'practice',
        pensioned: true,
        notes: '',
        practiceName: 'Hilltop Health Centre',
        odsCode: 'B82005',
      },
    });
  });

  it('explains an unknown practice, naming the column', () => {
    expect(reasonsFor({ practice: 'Hilltop', odsCode: '' }, FULL, HEADERS)).toEqual([
      'Practice (column "Surgery"): no practice called "Hilltop" is in your ledger; add it first, or give its ODS code so it can be added',
    ]);
    expect(reasonsFor({ practice: 'Hilltop', odsCode: 'HILL' }, FULL, HEADERS)).toEqual([
      'ODS code (column "ODS"): "HILL" is not an ODS code; a GP practice\'s is a letter and five digits, like A12345',
    ]);
    expect(reasonsFor({ practice: '', odsCode: 'B82005' }, FULL, HEADERS)).toEqual([
      'ODS code (column "ODS"): no practice in your ledger has the ODS code B82005, and the row gives no practice name to add it with',
    ]);
    expect(reasonsFor({ practice: 'Riverside Medical Centre', odsCode: 'B82005' }, FULL, HEADERS)).toEqual([
      'ODS code (column "ODS"): "B82005" is not the ODS code of Riverside Medical Centre in your ledger (Y99901)',
    ]);
    expect(reasonsFor({ practice: '', odsCode: '' }, FULL, HEADERS)).toEqual(['Practice (column "Surgery"): is empty']);
  });

  it('refuses to guess between two practices with the same name', () => {
    const twins = [...PRACTICES, practice('p4', 'Riverside Medical Centre', 'Y99904')];
    const [result] = previewImport([row({ odsCode: '' })], FULL, twins);
    expect(result).toEqual({
      ok: false,
      rowNumber: 2,
      reasons: ['Practice: 2 practices in your ledger are called "Riverside Medical Centre"; add an ODS code column to say which'],
    });
  });

  it('reads work types in plain words', () => {
    const words = {
      GP: 'practice',
      locum: 'practice',
      'GP practice': 'practice',
      '': 'practice',
      Appraisal: 'appraisal',
      OOH: 'ooh',
      'out-of-hours': 'ooh',
      'Out of hours': 'ooh',
      CCG: 'icb',
      ICB: 'icb',
      private: 'private',
    };
    for (const [word, workType] of Object.entries(words)) {
      const [result] = previewImport([row({ workType: word })], FULL, PRACTICES);
      expect(result).toMatchObject({ ok: true, session: { workType, pensioned: workType === 'practice' || workType === 'appraisal' } });
    }
    expect(reasonsFor({ workType: 'agency' }, FULL, HEADERS)).toEqual([
      'Work type (column "Type"): "agency" is not a work type; write GP practice, appraisal, out of hours, ICB or private',
    ]);
  });

  it('reads practice work with no notes when those columns are not chosen', () => {
    const [result] = previewImport([['05/05/2025', 'Riverside Medical Centre', '250']], { dateWorked: 0, practice: 1, fee: 2 }, PRACTICES);
    expect(result).toEqual({
      ok: true,
      rowNumber: 2,
      practiceId: 'p1',
      session: {
        dateWorked: '2025-05-05',
        feePence: 25000,
        workType: 'practice',
        pensioned: true,
        notes: '',
        practiceName: 'Riverside Medical Centre',
        odsCode: 'Y99901',
      },
    });
  });

  it('gives every reason of a bad row, each with its column', () => {
    expect(
      reasonsFor(
        { dateWorked: '31/02/2025', fee: '-250', workType: 'agency', datePaid: 'yes', practice: 'Nowhere', odsCode: '' },
        FULL,
        HEADERS,
      ),
    ).toEqual([
      'Date worked (column "Date"): "31/02/2025" is not a real date',
      'Practice (column "Surgery"): no practice called "Nowhere" is in your ledger; add it first, or give its ODS code so it can be added',
      'Fee (column "Amount"): "-250" is negative; an amount must be 0 or more',
      'Work type (column "Type"): "agency" is not a work type; write GP practice, appraisal, out of hours, ICB or private',
      'Date paid (column "Paid"): "yes" is not a date written dd/mm/yyyy',
    ]);
  });

  it('names the field when the headings are not given, and says when a needed column is not chosen', () => {
    expect(reasonsFor({ fee: 'TBC' })).toEqual(['Fee: "TBC" is not an amount of money; write it like 1234.56 or £1,234.56']);
    expect(reasonsFor({}, { practice: 1 })).toEqual(['Date worked: no column is chosen for it', 'Fee: no column is chosen for it']);
    expect(reasonsFor({}, { dateWorked: 0, fee: 3 })).toEqual(['Practice: no column is chosen for it']);
  });

  it('holds notes to the ledger limit', () => {
    expect(reasonsFor({ notes: 'x'.repeat(2001) }, FULL, HEADERS)).toEqual(['Notes (column "Notes"): at most 2000 characters']);
  });

  it('takes off the quote csv-export puts before a formula, and nothing else', () => {
    const [guarded, plain] = previewImport([row({ notes: "'=SUM(A1:A9)" }), row({ notes: "'tis the season" })], FULL, PRACTICES);
    expect(guarded).toMatchObject({ ok: true, session: { notes: '=SUM(A1:A9)' } });
    expect(plain).toMatchObject({ ok: true, session: { notes: "'tis the season" } });
  });

  it('imports a messy spreadsheet, keeping its row numbers and rejecting only the bad row', () => {
    const text = [
      '\uFEFFSession date;Surgery;Gross (£);Comments;;',
      '05/05/2025;Riverside Medical Centre;£300,00;;;',
      '',
      '6/5/2025;elm tree surgery;"£1 234,50";"long day; ""duty""";;',
      '07/05/25;Elm Tree Surgery;£abc;;;',
      '2025-05-08;Oak Lane Practice;250;;;',
      '',
    ].join('\r\n');
    const table = readCsv(text);
    const results = previewImport(table.rows, guessMapping(table.headers), PRACTICES, {
      headers: table.headers,
      rowNumbers: table.rowNumbers,
    });
    expect(
      results.map((r) =>
        r.ok ? [r.rowNumber, r.practiceId, r.session.dateWorked, r.session.feePence, r.session.notes] : [r.rowNumber, r.reasons],
      ),
    ).toEqual([
      [2, 'p1', '2025-05-05', 30000, ''],
      [4, 'p2', '2025-05-06', 123450, 'long day; "duty"'],
      [5, ['Fee (column "Gross (£)"): "£abc" is not an amount of money; write it like 1234.56 or £1,234.56']],
      [6, 'p3', '2025-05-08', 25000, ''],
    ]);
  });
});
