import { formatMonth, formatPence } from '../pension';
import type { StatementFigures } from './schemas';
import type { MonthFigures, StatementMonth } from './year-statement-types';

/** Which figure differs: pensionable pay (box a), or contributions paid (box i, employee and employer together). */
type Figure = 'pensionable' | 'contributions';

export type StatementDifference = {
  /** Undefined for the whole year's figures. */
  month?: string;
  figure: Figure;
  ledgerPence: number;
  recordedPence: number;
  /** The ledger has more than the statement: money PCSE may have received but not allocated (year-end.md §4). */
  missing: boolean;
  message: string;
};

const FIGURE_NAME: Record<Figure, string> = { pensionable: 'pensionable pay', contributions: 'paid' };

function differenceMessage(figure: Figure, ledger: number, recorded: number, when: string, withReceipt: string): string {
  if (ledger > recorded) {
    const what =
      figure === 'contributions'
        ? `${formatPence(ledger)} paid for ${when}${withReceipt}`
        : `${formatPence(ledger)} pensionable pay for ${when}`;
    if (recorded === 0) return `${what}, not on your statement: possibly unallocated.`;
    return `${what}; your statement shows ${formatPence(recorded)}: ${formatPence(ledger - recorded)} possibly unallocated.`;
  }
  return `Your statement shows ${formatPence(recorded)} ${FIGURE_NAME[figure]} for ${when}, ${formatPence(recorded - ledger)} more than this ledger: check that the ledger has all your work and payments for it.`;
}

function compare(figures: MonthFigures, typed: StatementFigures['year'], when: string, withReceipt: string, month?: string) {
  const pairs: [Figure, number, number | undefined][] = [
    ['pensionable', figures.pensionablePence, typed?.pensionablePayPence],
    ['contributions', figures.totalPence, typed?.contributionsPence],
  ];
  return pairs.flatMap(([figure, ledgerPence, recordedPence]): StatementDifference[] =>
    recordedPence === undefined || recordedPence === ledgerPence
      ? []
      : [
          {
            ...(month ? { month } : {}),
            figure,
            ledgerPence,
            recordedPence,
            missing: ledgerPence > recordedPence,
            message: differenceMessage(figure, ledgerPence, recordedPence, when, withReceipt),
          },
        ],
  );
}

const NO_FIGURES: MonthFigures = { pensionablePence: 0, employeePence: 0, employerPence: 0, totalPence: 0 };

/**
 * Each figure the locum typed from their statement that differs from the ledger, month by month and for the year.
 * A month left blank is not compared; a month typed as £0 is "not on your statement".
 */
export function statementDifferences(
  months: StatementMonth[],
  totals: MonthFigures,
  recorded: StatementFigures,
  schemeYear: string,
): StatementDifference[] {
  const monthly = months.flatMap((m) => {
    const typed = recorded.months[m.month];
    if (!typed) return [];
    const withReceipt = m.receipts.length > 0 ? ', with receipt' : m.paidOn ? ', no receipt kept' : '';
    return compare(m.figures ?? NO_FIGURES, typed, formatMonth(m.month), withReceipt, m.month);
  });
  return [...monthly, ...compare(totals, recorded.year, `the ${schemeYear} scheme year`, '')];
}
