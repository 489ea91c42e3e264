import Papa from 'papaparse';
import { isLargerThan, megabytes } from '../shared/json-file';

/** A spreadsheet's cells. rowNumbers[i] is rows[i]'s row in the spreadsheet (the headers are row 1), for messages. */
export type CsvTable = { headers: string[]; rows: string[][]; rowNumbers: number[]; problems: string[] };

/** A lifetime of sessions is under 1 MB of CSV; five times that is a wrongly chosen file, refused before it is parsed. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const CSV_TOO_LARGE = `This file is larger than ${megabytes(MAX_CSV_BYTES)}, far more than a spreadsheet of sessions can be, so it was not read.`;
export const CSV_EMPTY = 'This file is empty: there are no rows to import.';
export const CSV_NO_ROWS = 'This file has only a heading row: there are no sessions below it to import.';

/** Excel writes `;` where the decimal mark is a comma, and tab when saving "Unicode text". */
const SEPARATORS = [',', ';', '\t'];

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

function lastFilledIndex(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/** Excel pads rows with empty cells as far as the widest row ever was; those columns carry nothing. */
function toWidth(cells: string[], width: number): string[] {
  return Array.from({ length: width }, (_, i) => cells[i] ?? '');
}

function quoteProblems(errors: Papa.ParseError[]): string[] {
  return errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => {
      const where = error.row === undefined ? 'A row' : `Row ${error.row + 1}`;
      return error.code === 'MissingQuotes'
        ? `${where}: a quoted cell is never closed (a " is missing), so the rows after it may have run together.`
        : `${where}: a quoted cell has text after its closing ".`;
    });
}

/** Reads a spreadsheet saved as CSV: any of `,` `;` tab, quoted cells, CRLF, a byte-order mark, blank rows and empty trailing columns. */
export function readCsv(text: string): CsvTable {
  if (isLargerThan(text, MAX_CSV_BYTES)) return { headers: [], rows: [], rowNumbers: [], problems: [CSV_TOO_LARGE] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: '', delimitersToGuess: SEPARATORS, skipEmptyLines: false });
  const records = parsed.data.map((cells, index) => ({ cells, rowNumber: index + 1 })).filter(({ cells }) => !isBlank(cells));
  const width = Math.max(0, ...records.map(({ cells }) => lastFilledIndex(cells) + 1));
  const [heading, ...body] = records;
  return {
    headers: toWidth(heading?.cells ?? [], width).map((cell) => cell.trim()),
    rows: body.map(({ cells }) => toWidth(cells, width)),
    rowNumbers: body.map(({ rowNumber }) => rowNumber),
    problems: [...(heading ? (body.length === 0 ? [CSV_NO_ROWS] : []) : [CSV_EMPTY]), ...quoteProblems(parsed.errors)],
  };
}
