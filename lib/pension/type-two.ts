import { SOURCES } from './sources';
import { firstDayOf } from '../shared/dates';
import { formatPence } from '../shared/money';
import { PensionInputError, parseInput } from './errors';
import { BUILT_IN_RATES, schemeYearOf, type RateBook } from './rate-book';
import { reconcileYear, type YearReconciliation } from './reconcile';
import { TypeTwoLocumInput } from './schemas';

/** One figure of the Type 2 pack and where it comes from, in a sentence. */
export type SourcedFigure<T> = { value: T; basis: string };

export type TypeTwoLocumFigures = {
  schemeYear: string;
  /** Locum pensionable pay pensioned through Forms A/B in the year: the sum of the Form Bs' box a. */
  pensionablePayPence: SourcedFigure<number>;
  /** Employee contributions paid at the tiers ticked: each Form B's box b, summed. */
  contributionsPaidPence: SourcedFigure<number>;
  /** The tier due on the whole year's annualised pay (the first month's, if a year had two tables). */
  tierDuePercent: SourcedFigure<number>;
  /** The employee contributions at the tier due. */
  contributionsDuePence: SourcedFigure<number>;
  /** Due − paid: positive is owed to NHS England, negative a refund; `withinTolerance` when under £1 either way. */
  box5cPence: SourcedFigure<number> & { withinTolerance: boolean };
  /** 28 February of the year after the scheme year ends. */
  dueDate: SourcedFigure<string>;
  /** reconcileYear's month-by-month working, for the pack's table. */
  reconciliation: YearReconciliation;
};

const BOX_5C_SOURCE = SOURCES.type2Box5c;
const DEADLINE_SOURCE = SOURCES.type2DueDate;

/**
 * The locum figures a Type 2 self-assessment asks for, for a closed scheme year (year-end.md §3.1, pension-rules.md §5.5):
 * reconcileYear's working summed, each figure with its basis. Pass only Form Bs for work actually pensioned: locum work sent
 * more than 10 weeks after the last day worked is refunded and "should not be included" (year-end.md §3.1), so leave it out.
 * The column meanings (a pay, b paid, c difference) are inferred; only "Box 5c" for the locum difference is quoted.
 */
export function typeTwoLocumFigures(input: TypeTwoLocumInput, rates: RateBook = BUILT_IN_RATES): TypeTwoLocumFigures {
  const checked = parseInput(TypeTwoLocumInput, input, 'typeTwoLocumFigures');
  const reconciliation = reconcileYear({ formsB: checked.formsB, annualisedPence: checked.annualisedPence }, rates);
  const schemeYear = schemeYearOf(firstDayOf(reconciliation.months[0]!.month));
  const yearEnd = `${Number(schemeYear.slice(0, 4)) + 1}-03-31`;
  if (checked.today !== undefined && checked.today <= yearEnd) {
    throw new PensionInputError(
      `typeTwoLocumFigures: scheme year ${schemeYear} is still open until 31/03/${yearEnd.slice(0, 4)}; its Type 2 figures are for a closed year.`,
    );
  }
  const { months } = reconciliation;
  const pay = checked.formsB.reduce((sum, form) => sum + form.a, 0);
  const paid = months.reduce((sum, month) => sum + month.paidPence, 0);
  const due = months.reduce((sum, month) => sum + month.duePence, 0);
  const ticked = [...new Set(months.map((month) => `${month.ratePercent}%`))].join(', ');
  const correct = [...new Set(months.map((month) => month.correctRatePercent))];
  const dueDate = `${Number(schemeYear.slice(0, 4)) + 2}-02-28`;
  return {
    schemeYear,
    pensionablePayPence: {
      value: pay,
      basis: `Box a of your ${months.length} Form B${months.length === 1 ? '' : 's'} for ${schemeYear}, added up: 90% of the locum fees pensioned on Forms A/B, late or refunded work left out (PCSE Type 2 help: https://pcse.england.nhs.uk/help/type-2-self-assessment-forms/locum-work-t2).`,
    },
    contributionsPaidPence: {
      value: paid,
      basis: `Box b of each Form B (box a × the tier you ticked: ${ticked}, half-up to the penny), added up.`,
    },
    tierDuePercent: {
      value: reconciliation.correctRatePercent,
      basis: `The tier for annualised pay of ${formatPence(checked.annualisedPence)} from all practitioner work in ${schemeYear}${correct.length > 1 ? ` (${correct.join('% then ')}%: the year had two tier tables)` : ''} (SI 2015/94 reg 31(5): pay from all practitioner work, annualised × 365 ÷ days of service).`,
    },
    contributionsDuePence: {
      value: due,
      basis: 'Box a of each Form B × the tier due, half-up to the penny, added up.',
    },
    box5cPence: {
      value: reconciliation.totalDifferencePence,
      withinTolerance: reconciliation.withinTolerance,
      basis: `Due ${formatPence(due)} − paid ${formatPence(paid)}: positive is owed to NHS England, negative is refunded ("Box 5c", ${BOX_5C_SOURCE}); under £1 either way is neither collected nor refunded (NHSBSA, from 1 April 2020; not confirmed as current).`,
    },
    dueDate: {
      value: dueDate,
      basis: `The Type 2 form for ${schemeYear} is due by 28 February a year in arrears: "submit your 2024/25 Type 2 form by 28 February 2026" (${DEADLINE_SOURCE}).`,
    },
    reconciliation,
  };
}
