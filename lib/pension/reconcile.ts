import { firstDayOf } from '../shared/dates';
import { PensionInputError, parseInput } from './errors';
import { PARAMETERS } from './rules';
import { percentOf } from '../shared/money';
import { BUILT_IN_RATES, ratePeriodOn, type RateBook } from './rate-book';
import { ReconcileInput } from './schemas';
import { tierFor } from './tiers';

export type MonthReconciliation = {
  month: string;
  ratePercent: number;
  correctRatePercent: number;
  paidPence: number;
  duePence: number;
  differencePence: number;
};
export type YearReconciliation = {
  correctRatePercent: number;
  months: MonthReconciliation[];
  totalDifferencePence: number;
  withinTolerance: boolean;
};

/**
 * Year-end check of the tier a locum paid each month against the tier their annualised pay puts them in
 * (pension-rules.md §5.5). A positive difference is owed to NHS England; a negative one is a refund.
 * Totals under £1 either way are neither collected nor refunded (NHSBSA COVID-19 easement, from 1 April 2020).
 */
export function reconcileYear(input: ReconcileInput, rates: RateBook = BUILT_IN_RATES): YearReconciliation {
  const year = parseInput(ReconcileInput, input, 'reconcileYear');
  const schemeYears = new Set(year.formsB.map((form) => ratePeriodOn(firstDayOf(form.month), rates).schemeYear));
  if (schemeYears.size > 1) {
    throw new PensionInputError(
      `reconcileYear: the Form Bs belong to more than one scheme year (${[...schemeYears].join(', ')}); reconcile each year on its own.`,
    );
  }
  const months = [...year.formsB]
    .sort((x, y) => x.month.localeCompare(y.month))
    .map((form): MonthReconciliation => {
      const correctRatePercent = tierFor(year.annualisedPence, firstDayOf(form.month), rates).ratePercent;
      const paidPence = percentOf(form.a, form.ratePercent);
      const duePence = percentOf(form.a, correctRatePercent);
      return {
        month: form.month,
        ratePercent: form.ratePercent,
        correctRatePercent,
        paidPence,
        duePence,
        differencePence: duePence - paidPence,
      };
    });
  const totalDifferencePence = months.reduce((total, month) => total + month.differencePence, 0);
  return {
    correctRatePercent: months[0]!.correctRatePercent,
    months,
    totalDifferencePence,
    withinTolerance: Math.abs(totalDifferencePence) < PARAMETERS.yearEndTolerancePence,
  };
}
