// @vitest-environment node
// Hostile files: 10,000 malformed spreadsheets, read, previewed and imported as the dashboard's CSV import does.
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/ledger/csv-read';
import { guessMapping, mappingProblems, type ImportField } from '../../../lib/ledger/csv-columns';
import { previewImport } from '../../../lib/ledger/csv-rows';
import { planImport } from '../../../lib/ledger/import-plan';
import { asRead, changeText, encode, textChange, type Encoding, type TextChange } from './fuzz-mutations';
import { canonical, everyView, expectNoPollution, FUZZ_RUNS, FUZZ_SEED, seededStore, SEEDED_LEDGER, unclearMessages } from './fuzz-store';

/** A cell and whether the importer must accept it (given the other cells are good too). */
type Cell = readonly [text: string, good: boolean];

const DATES: Cell[] = [
  ['05/03/2026', true],
  ['5/3/2026', true],
  ['05-03-2026', true],
  ['05.03.26', true],
  ['2026-03-05', true],
  // Real dates outside the rules engine's years: accepted, and must not break the ledger's views afterwards.
  ['05/05/2010', true],
  ['01/01/2099', true],
  ['31/02/2026', false],
  ['05/13/2026', false],
  ['2026/03/05', false],
  ['5th March 2026', false],
  ['', false],
  ['=TODAY()', false],
  ['٠٥/٠٣/٢٠٢٦', false],
  ['０５/０３/２０２６', false],
  ['05/03/2026 09:00', false],
  ['46086', false],
  ['00/01/2026', false],
];
/** Practice name and ODS code together, since which one wins depends on both. */
const PRACTICES: (readonly [name: string, ods: string, good: boolean])[] = [
  ['Riverside Medical Centre', '', true],
  ['  riverside   MEDICAL centre ', '', true],
  ['', 'y99902', true],
  ['Anything at all', 'Y99901', true],
  ['New Surgery', 'Y12345', true],
  ['<img src=x onerror=alert(1)>', 'Y54321', true],
  ['=HYPERLINK("http://evil.example","Click")', 'Y54322', true],
  ['Unknown Surgery', '', false],
  ['', '', false],
  ['Unknown', 'Y99-01', false],
  ['Riverside Medical Centre', 'Y00000', false],
  ['__proto__', '', false],
  ['constructor', '', false],
  ['x'.repeat(200), 'Y54323', false],
];
const FEES: Cell[] = [
  ['£300.00', true],
  ['300', true],
  ['1,234.56', true],
  ['250,00', true],
  ['£1 234,56', true],
  ['0', true],
  ['-5', false],
  ['£-5', false],
  ['(5.00)', false],
  ['1.234,56', false],
  ['1e3', false],
  ['12.345', false],
  ['=1+1', false],
  ['NaN', false],
  ['', false],
  ['£1,000,000,001', false],
  ['99999999999999999999', false],
  ['٣٠٠', false],
  ['$300', false],
];
const WORK_TYPES: Cell[] = [
  ['', true],
  ['GP', true],
  ['Out of hours', true],
  ['appraisal', true],
  ['Private work', true],
  ['gardening', false],
  ['=cmd|" /C calc"!A0', false],
  ['GP; OOH', false],
  ['('.repeat(20_000), false],
];
const PAID: Cell[] = [
  ['', true],
  ['10/03/2026', true],
  ['32/01/2026', false],
  ['paid', false],
];
const NOTES: Cell[] = [
  ['', true],
  ['AM, "duty doctor"; 12 patients\nPM off', true],
  ['=HYPERLINK("http://evil.example","Click")', true],
  ['+44 1392 000000', true],
  ['@SUM(A1:A9)', true],
  ['<script>alert(1)</script>', true],
  ['\u202Egnp.exe', true],
  ['('.repeat(2000), true],
  ['x'.repeat(2001), false],
];

const INVOICE_NUMBERS: Cell[] = [
  ['', true],
  ['INV-042', true],
  ['=HYPERLINK("http://evil.example","Click")', true],
  ['x'.repeat(61), false],
];

const HEADINGS: Record<ImportField, string[]> = {
  dateWorked: ['Date', 'Date worked', 'Session date'],
  practice: ['Practice', 'Surgery name'],
  odsCode: ['ODS', 'Practice code'],
  fee: ['Fee', 'Gross (£)', 'Amount'],
  workType: ['Type', 'Type of work'],
  notes: ['Notes', 'Comments'],
  datePaid: ['Paid', 'Date paid'],
  invoiceNumber: ['Invoice no', 'Invoice number'],
};
const FIELDS = Object.keys(HEADINGS) as ImportField[];

/** Unbiased: fast-check's constantFrom leans on the first few values. */
const oneOf = <T>(values: readonly T[]) => fc.noBias(fc.nat({ max: values.length - 1 })).map((i) => values[i]!);
/** A good cell twice as often as a bad one, so that enough rows are wholly good for the import itself to be exercised. */
const cellFrom = <T extends readonly unknown[]>(pool: readonly T[]) => {
  const good = pool.filter((cell) => cell[cell.length - 1] === true);
  return fc.oneof({ weight: 2, arbitrary: oneOf(good) }, { weight: 1, arbitrary: oneOf(pool.filter((cell) => !good.includes(cell))) });
};

const row = fc.record({
  date: cellFrom(DATES),
  practice: cellFrom(PRACTICES),
  fee: cellFrom(FEES),
  workType: cellFrom(WORK_TYPES),
  paid: cellFrom(PAID),
  notes: cellFrom(NOTES),
  invoiceNumber: cellFrom(INVOICE_NUMBERS),
});
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

const sheet = fc.record({
  order: fc.shuffledSubarray(FIELDS, { minLength: FIELDS.length, maxLength: FIELDS.length }),
  headings: fc.tuple(...FIELDS.map((field) => oneOf(HEADINGS[field]))),
  rows: fc.array(row, { minLength: 1, maxLength: 4 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  newline: fc.constantFrom('\r\n', '\n'),
  encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'windows-1252'),
});
type Sheet = typeof sheet extends fc.Arbitrary<infer S> ? S : never;

function cellsOf(r: Row): Record<ImportField, string> {
  return {
    dateWorked: r.date[0],
    practice: r.practice[0],
    odsCode: r.practice[1],
    fee: r.fee[0],
    workType: r.workType[0],
    notes: r.notes[0],
    datePaid: r.paid[0],
    invoiceNumber: r.invoiceNumber[0],
  };
}

const isGood = (r: Row) => r.date[1] && r.practice[2] && r.fee[1] && r.workType[1] && r.paid[1] && r.notes[1] && r.invoiceNumber[1];
const isBlank = (r: Row) => Object.values(cellsOf(r)).every((cell) => cell.trim() === '');

function csvText(s: Sheet): string {
  const headings = Object.fromEntries(FIELDS.map((field, i) => [field, s.headings[i]!])) as Record<ImportField, string>;
  const data = s.rows.map((r) => s.order.map((field) => cellsOf(r)[field]));
  return Papa.unparse({ fields: s.order.map((field) => headings[field]), data }, { delimiter: s.delimiter, newline: s.newline });
}

/** A sheet written correctly, whose rows the importer must judge as the pools say; or one whose text was then damaged. */
type CsvCase = { kind: 'sheet'; sheet: Sheet } | { kind: 'damaged'; sheet: Sheet; change: TextChange; encoding: Encoding; noise: number };
const csvCase: fc.Arbitrary<CsvCase> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sheet' as const), sheet }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('damaged' as const),
      sheet,
      change: textChange.filter((change) => change.kind !== 'none'),
      encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-16le', 'noise', 'windows-1252'),
      noise: fc.nat(),
    }),
  },
);

function caseBytes(testCase: CsvCase): Uint8Array {
  const text = csvText(testCase.sheet);
  if (testCase.kind === 'sheet') return encode(text, testCase.sheet.encoding, 0);
  return encode(changeText(text, testCase.change), testCase.encoding, testCase.noise);
}

let fuzz: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  fuzz = await seededStore();
});
afterAll(() => fuzz.close());

describe('importing a hostile spreadsheet', () => {
  it('refuses every bad row with a clear reason, writes nothing for a file with no good row, and imports exactly the good rows', async () => {
    const started = performance.now();
    const counts = { run: 0, refusedWhole: 0, partly: 0, allGood: 0, rowsRefused: 0, rowsImported: 0 };
    await fc.assert(
      fc.asyncProperty(csvCase, async (testCase) => {
        await fuzz.startCase();
        const requestsBefore = fuzz.requests();
        // CsvImportPanel: read the file, guess the columns, preview every row, and import the good ones in one request.
        const table = readCsv(asRead(caseBytes(testCase)));
        const mapping = guessMapping(table.headers);
        const rows = previewImport(table.rows, mapping, SEEDED_LEDGER.practices, { headers: table.headers, rowNumbers: table.rowNumbers });
        const mappingIssues = mappingProblems(mapping);
        const refused = rows.filter((r) => !r.ok);
        for (const r of refused) {
          expect(r.reasons.length).toBeGreaterThan(0);
          expect(unclearMessages(r.reasons), `row ${r.rowNumber}`).toEqual([]);
        }
        expect(unclearMessages([...table.problems, ...mappingIssues])).toEqual([]);
        if (testCase.kind === 'sheet') {
          const expected = testCase.sheet.rows.filter((r) => !isBlank(r)).map(isGood);
          expect(rows.map((r) => r.ok)).toEqual(expected);
        }
        counts.run += 1;
        counts.rowsRefused += refused.length;
        const good = rows.length - refused.length;
        if (good === 0 || mappingIssues.length > 0) {
          // The button stays disabled; the person is told why.
          expect([...table.problems, ...mappingIssues, ...refused.flatMap((r) => r.reasons)].length).toBeGreaterThan(0);
          counts.refusedWhole += 1;
          await fuzz.expectUnchanged(requestsBefore, counts.refusedWhole);
        } else {
          const plan = planImport(rows);
          const reply = await fuzz.send({
            type: 'sessions/import',
            sessions: plan.sessions,
            practices: plan.practices,
            invoices: plan.invoices,
          });
          expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
          const after = await fuzz.read();
          const { practices, sessions, invoices } = SEEDED_LEDGER;
          expect(canonical({ ...after, settings: SEEDED_LEDGER.settings })).toBe(
            canonical({
              ...SEEDED_LEDGER,
              practices: [...practices, ...plan.practices],
              sessions: [...sessions, ...plan.sessions],
              invoices: [...invoices, ...plan.invoices],
            }),
          );
          expect(after.settings).toEqual({ ...SEEDED_LEDGER.settings, lastChangeAt: expect.any(String) });
          everyView(after);
          counts.rowsImported += plan.sessions.length;
          if (refused.length > 0) counts.partly += 1;
          else counts.allGood += 1;
        }
        expectNoPollution();
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
    console.log(
      `csv: ${counts.run} cases, ${counts.refusedWhole} refused whole, ${counts.partly} with good rows imported and bad ones refused, ${counts.allGood} all rows valid; ` +
        `${counts.rowsRefused} rows refused, ${counts.rowsImported} imported, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Exactly one write request per accepted file: none for any refused one.
    expect(fuzz.requests()).toBe(counts.partly + counts.allGood);
    expect(counts.run).toBe(FUZZ_RUNS);
    expect(counts.refusedWhole).toBeGreaterThan(FUZZ_RUNS * 0.6);
  }, 300_000);
});
