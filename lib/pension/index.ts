/**
 * Locum Ledger's NHS pension rules engine: pure functions, integer pence, ISO dates.
 * This file is the public contract documented in the README; code outside the repository calls it.
 */
export { pensionablePay, employerContribution } from './contributions';
export { loadRatePeriods, RATE_PERIODS, RATES_CHECKED_ON, type RatePeriod, type TierBand } from './rate-periods';
/** Tier tables in NHSBSA's printed layout ("Up to £13,259", "5.2%"), for a period's tiers or a table the user typed. */
export { nhsbsaRows, enteredTableRows, type NhsbsaRow } from './rate-layout';
/** Rate periods as data: the built-in book, a book with the user's entered tables, and lookups in either (projected past the last known year). */
export { BUILT_IN_RATES, findRatePeriod, rateBookWith, ratePeriodOn, schemeYearOf, type RateBook } from './rate-book';
export { EnteredRateTable, EnteredRateTables, RateStatus, isSchemeYear } from './rate-tables';
export { tierFor, ratesOn, type Tier } from './tiers';
export { annualise, adviseTier, type TierAdvice } from './annualise';
/** `appraisalRows(days, feePence)`: an appraisal's Form A rows from 2026/27, consecutive days on one row, the fee split equally, first rows taking the odd pennies. */
export { appraisalRows, APPRAISAL_COMMISSIONER, type AppraisalRow } from './appraisal';
export { paymentReference } from './payment-reference';
export { formBMonthFor, tenWeekLimit, formBDeadline } from './deadlines';
export { buildLocumA } from './locum-a';
export { buildLocumB } from './locum-b';
export { reconcileYear, type YearReconciliation, type MonthReconciliation } from './reconcile';
/** `typeTwoLocumFigures({ formsB, annualisedPence, today? })`: a closed year's locum figures for the Type 2 form (pay, paid, tier due, Box 5c, due date), each with its basis. */
export { typeTwoLocumFigures, type TypeTwoLocumFigures, type SourcedFigure } from './type-two';
export { checkForms } from './check-forms';
/**
 * `checkReviewedLocumA(reviewed, { today, organisationText? })`: one finding per check of a Locum A on PCSE's approval
 * review page, in reading order: pensionable pay, employer contribution, dates not in the future, date order, one rate
 * period, the 10-week rule, organisation. A check that passes is `info`; a penny out is a `warning`, more an `error`.
 */
export { checkReviewedLocumA } from './check-reviewed-locum-a';
/** `matchPracticeInvoice(reviewed, invoices)`: the practice's own invoice for that Locum A and each difference from it, or null. */
export { matchPracticeInvoice } from './match-practice-invoice';
/** Zod schemas (and their types) of what the approver's page shows and of the practice's invoice the match reads. */
export { ReviewedLocumA, PracticeInvoiceInput, type ReviewContext, type PracticeMatch } from './approver-schemas';
export { PensionInputError } from './errors';
export { isValidNiNumber, isValidOdsCode, sdDigits } from './identifiers';
/** One identifier at a time, in the findings' own words: what the profile and practice forms check on save. */
export { gmcNumberProblem, niNumberProblem, odsCodeProblem, sdNumberProblem } from './field-checks';
export type {
  Finding,
  Severity,
  LocumA,
  LocumAInput,
  LocumB,
  LocumBInput,
  AdviseTierInput,
  OtherRole,
  ReconcileInput,
  TypeTwoLocumInput,
  CheckFormsInput,
  WorkType,
  DatePeriod,
  PracticeRef,
} from './schemas';
/** Zod schemas of the engine's primitives (a real ISO date, a month, whole pence, a rate), for outside schemas that carry one. */
export { IsoDate, Month, OtherRoleKind, Pence, RatePercent } from './schemas';
export { formatPence } from '../shared/money';
export { formatUkDate, formatMonth, daysFromTo } from '../shared/dates';
/** Sources cited outside the rule catalogue (Type 2 rows, Box 5c, the due date), by name. */
export { SOURCES } from './sources';
