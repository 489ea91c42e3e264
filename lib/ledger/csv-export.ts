import Papa from 'papaparse';
import { formatMonth, formatUkDate } from '../shared/dates';
import { todayInEngland } from '../shared/today';
import type { LedgerData, Practice, Receipt, SessionWorkType, Submission } from './schemas';
import type { SubmissionStatus } from '../shared/records';
import type { YearStatementModel } from './year-statement';

/** Excel opens a CSV as the computer's ANSI code page unless it starts with a UTF-8 byte-order mark: £ and é would be garbled. */
const BOM = '\uFEFF';
/**
 * OWASP "CSV Injection": a cell starting with = + - @ tab or CR is run as a formula, so it is prefixed with '.
 * Papa's own escapeFormulae pattern ends in `.*$` without the s flag, which misses a cell whose formula is followed by a newline.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const WORK_TYPE_LABELS: Record<SessionWorkType, string> = {
  practice: 'GP practice',
  appraisal: 'Appraisal',
  ooh: 'Out of hours',
  icb: 'ICB',
  private: 'Private',
};

const STATUS_LABELS: Record<SubmissionStatus, string> = {
  drafted: 'Drafted',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  paid: 'Paid',
};

const RECEIPT_SOURCE_LABELS: Record<Receipt['source'], string> = { page: 'PCSE page', manual: 'Entered by hand' };

/** Pounds with two decimals and no £ or thousands commas (1234.50), so every spreadsheet reads it as a number it can sum. */
export function poundsForSpreadsheet(pence: number): string {
  return `${Math.trunc(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

const ukDate = (iso: string | undefined) => (iso ? formatUkDate(iso) : '');
/** Timestamps are UTC; the day a form was sent is the day in England, as PCSE counts it. */
const ukDayOf = (timestamp: string | undefined) => (timestamp ? formatUkDate(todayInEngland(new Date(timestamp))) : '');
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** RFC 4180 lines end in CRLF; Papa ends a file with rows without one and a file without rows with one, so every file ends with one here. */
function toCsv(headers: string[], rows: string[][]): string {
  const text = Papa.unparse({ fields: headers, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
  return `${BOM}${text.replace(/\r\n$/, '')}\r\n`;
}

function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

const practiceCells = (practice: Practice | undefined) => [practice?.name ?? '', practice?.odsCode ?? ''];

/** Every session, oldest first, with its practice, invoice and the date the invoice was paid. */
export function sessionsCsv(data: LedgerData): string {
  const practices = byId(data.practices);
  const invoices = byId(data.invoices);
  const sessions = [...data.sessions].sort((a, b) => a.dateWorked.localeCompare(b.dateWorked));
  const rows = sessions.map((session) => {
    const invoice = session.invoiceId ? invoices.get(session.invoiceId) : undefined;
    return [
      ukDate(session.dateWorked),
      ...practiceCells(practices.get(session.practiceId)),
      WORK_TYPE_LABELS[session.workType],
      poundsForSpreadsheet(session.feePence),
      yesNo(session.pensioned),
      session.invoiceNumber || invoice?.reference || '',
      ukDate(invoice?.paidOn),
      session.notes,
    ];
  });
  return toCsv(['Date worked', 'Practice', 'ODS code', 'Work type', 'Fee (£)', 'Pensioned', 'Invoice no', 'Date paid', 'Notes'], rows);
}

/** The rows an import left out, cell for cell as the spreadsheet had them, each with why, to fix and import again. */
export function rowsLeftOutCsv(headers: string[], rows: { cells: string[]; reasons: string[] }[]): string {
  return toCsv(
    [...headers, 'Reason'],
    rows.map(({ cells, reasons }) => [...cells, reasons.join('; ')]),
  );
}

/** The amounts' names in the order they first appear, so a Form A's boxes and a Form B's boxes each get a column. */
function amountNames(submissions: Submission[]): string[] {
  return [...new Set(submissions.flatMap((submission) => Object.keys(submission.amounts)))];
}

const formName = (submission: Submission) => `Locum ${submission.kind}`;

/** Every Locum A and B, by month, with its status, references and amounts; the filled-in fields and evidence stay in the backup. */
export function submissionsCsv(data: LedgerData): string {
  const practices = byId(data.practices);
  const invoices = byId(data.invoices);
  const amounts = amountNames(data.submissions);
  const submissions = [...data.submissions].sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind));
  const rows = submissions.map((submission) => {
    const invoice = submission.invoiceId ? invoices.get(submission.invoiceId) : undefined;
    return [
      formName(submission),
      formatMonth(submission.month),
      STATUS_LABELS[submission.status],
      ...practiceCells(invoice ? practices.get(invoice.practiceId) : undefined),
      invoice?.reference ?? '',
      submission.formReference ?? '',
      submission.paymentReference ?? '',
      submission.ratePercent === undefined ? '' : String(submission.ratePercent),
      ...amounts.map((name) => {
        const pence = submission.amounts[name];
        return pence === undefined ? '' : poundsForSpreadsheet(pence);
      }),
      ukDayOf(submission.submittedAt),
      submission.rejectionReason ?? '',
    ];
  });
  const headers = ['Form', 'Month', 'Status', 'Practice', 'ODS code', 'Invoice', 'Form reference', 'Payment reference', 'Tier (%)'];
  return toCsv([...headers, ...amounts.map((name) => `${name} (£)`), 'Submitted on', 'Rejection reason'], rows);
}

/** Every payment receipt, oldest first, with the form it pays for. */
export function receiptsCsv(data: LedgerData): string {
  const submissions = byId(data.submissions);
  const receipts = [...data.receipts].sort((a, b) => a.date.localeCompare(b.date));
  const rows = receipts.map((receipt) => {
    const submission = receipt.submissionId ? submissions.get(receipt.submissionId) : undefined;
    return [
      ukDate(receipt.date),
      receipt.reference,
      receipt.paymentReference ?? '',
      poundsForSpreadsheet(receipt.amountPence),
      RECEIPT_SOURCE_LABELS[receipt.source],
      submission ? `${formName(submission)} ${formatMonth(submission.month)}` : '',
      receipt.pageUrl ?? '',
    ];
  });
  return toCsv(['Date', 'Reference', 'Payment reference', 'Amount (£)', 'Source', 'Form', 'Page address'], rows);
}

/** One scheme year's statement: a row a month, April to March (empty months empty), then the year's totals. */
export function yearStatementCsv(statement: YearStatementModel): string {
  const money = (pence: number | undefined) => (pence === undefined ? '' : poundsForSpreadsheet(pence));
  const rows = statement.months.map(({ month, figures, ratePercent, paidOn, paymentReference, receipts }) => [
    formatMonth(month),
    money(figures?.pensionablePence),
    ratePercent === undefined ? '' : String(ratePercent),
    money(figures?.employeePence),
    money(figures?.employerPence),
    money(figures?.totalPence),
    ukDate(paidOn),
    figures ? paymentReference : '',
    receipts.map((r) => `${r.reference} ${formatUkDate(r.date)} ${poundsForSpreadsheet(r.amountPence)}`).join('; '),
  ]);
  const { totals } = statement;
  rows.push([
    `Total ${statement.schemeYear}`,
    money(totals.pensionablePence),
    '',
    money(totals.employeePence),
    money(totals.employerPence),
    money(totals.totalPence),
    '',
    '',
    '',
  ]);
  const headers = [
    'Month',
    'Pensionable pay (£)',
    'Tier (%)',
    'Employee (£)',
    'Employer (£)',
    'Total paid (£)',
    'Date paid',
    'Payment reference',
  ];
  return toCsv([...headers, 'Receipts'], rows);
}
