import { addDays } from '../shared/dates';
import { parseInput } from './errors';
import { AppraisalRowsInput } from './schemas';

/**
 * Where an appraisal's Form A goes: "complete Part 1 of this form and send with your invoice to NHS England or the Local
 * Health Board (Wales)" (NHSBSA Form A 2021/22 guidance; year-end.md §3.3, pension-rules.md §3.3), not to a practice.
 * The reference gives no ODS or EA code for NHS England, so none is stated here; who approves an appraisal Locum A on
 * PCSE Online is also not known (year-end.md §3.3).
 */
export const APPRAISAL_COMMISSIONER = {
  name: 'NHS England',
  walesName: 'the Local Health Board',
  source: 'https://fill.io/General-guidance-To-claim-NHS-Pension-Scheme-membership',
} as const;

/** One Form A row of an appraisal: a run of consecutive days and its share of the fee, in pence. */
export type AppraisalRow = { from: string; to: string; days: number; feePence: number };

/**
 * An appraisal's Form A rows, from 2026/27 (NHSBSA 2026/27 completion notes as NASGP summarises them; year-end.md §3.3,
 * pension-rules.md §3.3): consecutive days are "one continuous period on a single line", separate days are "separate
 * entries … divide your total fee equally". Runs of consecutive days make one row each, and the fee is split equally
 * between the rows (the source's text stops at "(50…", so a row that covers two days still takes one equal share: [I]).
 * Penny rule (the project's, no source gives one): each row gets fee ÷ rows rounded down, and the first rows, in date
 * order, take one extra penny each until the rows add up to the fee exactly: £500.01 over 3 rows is £166.67, £166.67,
 * £166.67; £500.00 is £166.67, £166.67, £166.66.
 * More than 3 days is not refused here: it is checkForms' APPRAISAL_OVER_3_DAYS finding when the rows go on one Form A.
 */
export function appraisalRows(days: string[], feePence: number): AppraisalRow[] {
  const input = parseInput(AppraisalRowsInput, { days, feePence }, 'appraisalRows');
  const sorted = [...input.days].sort();
  const runs: { from: string; to: string; days: number }[] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 1) === day) {
      last.to = day;
      last.days += 1;
    } else runs.push({ from: day, to: day, days: 1 });
  }
  const share = Math.floor(input.feePence / runs.length);
  const extra = input.feePence - share * runs.length;
  return runs.map((run, index) => ({ ...run, feePence: share + (index < extra ? 1 : 0) }));
}
