import { formatMonth, formatPence, formatUkDate } from '../pension';
import type { StatementFigures } from './schemas';
import type { StatementMonth, StatementReceipt } from './year-statement-types';
import type { YearStatementModel } from './year-statement';
import type { StatementDifference } from './year-statement-differences';

const SOURCE_NAME: Record<StatementFigures['source'], string> = {
  pcse: 'PCSE statement',
  trs: 'NHS Pensions Total Reward Statement',
};

/** Receipt times as the locum saw them, in England (time stamps are stored in UTC). */
const ENGLAND_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

function receiptText({ reference, amountPence, date, capturedAt }: StatementReceipt): string {
  const captured = capturedAt ? `, kept ${formatUkDate(capturedAt.slice(0, 10))} at ${ENGLAND_TIME.format(new Date(capturedAt))}` : '';
  return `receipt ${reference} for ${formatPence(amountPence)} dated ${formatUkDate(date)}${captured}`;
}

/** One line of evidence per month: what was paid, when, under which reference, and each receipt. */
function evidenceLine(m: StatementMonth): string {
  const f = m.figures!;
  const paid = m.paidOn ? ` on ${formatUkDate(m.paidOn)}` : '';
  const reference = m.paymentReference ? `, payment reference ${m.paymentReference}` : '';
  const receipts = m.receipts.length > 0 ? `; ${m.receipts.map(receiptText).join('; ')}` : '; no receipt kept';
  return `- ${formatMonth(m.month)}: ${formatPence(f.totalPence)} paid${paid}${reference} (pensionable pay ${formatPence(f.pensionablePence)}, employee ${formatPence(f.employeePence)}, employer ${formatPence(f.employerPence)}, tier ${m.ratePercent}%)${receipts}.`;
}

/** The difference as the letter puts it to PCSE: the locum's figure against the statement's. */
function missingLine(d: StatementDifference): string {
  const when = d.month ? formatMonth(d.month) : 'the whole year';
  const what = d.figure === 'contributions' ? 'contributions paid' : 'pensionable pay';
  return `- ${when}: ${what} ${formatPence(d.ledgerPence)} in my records, ${formatPence(d.recordedPence)} on the statement.`;
}

/**
 * A letter or email for PCSE listing the evidence for money the statement does not show, or null when nothing is
 * missing. A whole-year difference cannot say which month is missing, so every paid month is listed.
 */
export function unallocatedLetter(statement: YearStatementModel, source: StatementFigures['source']): string | null {
  const missing = statement.differences.filter((d) => d.missing);
  if (missing.length === 0) return null;
  const wholeYear = missing.some((d) => d.month === undefined);
  const months = statement.months.filter((m) => m.figures && (wholeYear || missing.some((d) => d.month === m.month)));
  const { name, sdNumber, niNumber, gmcNumber } = statement.identity;
  return [
    `Subject: Locum pension contributions not on my record, scheme year ${statement.schemeYear}${sdNumber ? `, SD ${sdNumber}` : ''}`,
    '',
    'Dear PCSE GP Pensions team,',
    '',
    `My ${SOURCE_NAME[source]} for the ${statement.schemeYear} scheme year does not show all the locum pension contributions I paid:`,
    ...missing.map(missingLine),
    '',
    'The payments, from my records:',
    ...months.map(evidenceLine),
    '',
    `My name: ${name}`,
    `SD number: ${sdNumber}`,
    `National Insurance number: ${niNumber}`,
    `GMC number: ${gmcNumber}`,
    '',
    'Please allocate these contributions to my pension record, tell me when it is done, and send me an updated statement. I can send copies of the receipts.',
    '',
    'Yours sincerely,',
    name,
  ].join('\n');
}
