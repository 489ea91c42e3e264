/**
 * Locum Ledger's NHS pension rules engine: pure functions, integer pence, ISO dates.
 * This file is the public contract documented in the README; code outside the repository calls it.
 */
export { pensionablePay, employerContribution } from './contributions';
export { ratePeriodOn, findRatePeriod, loadRatePeriods, RATE_PERIODS, type RatePeriod, type TierBand } from './rate-periods';
export { tierFor, ratesOn, type Tier } from './tiers';
export { annualise, adviseTier, type TierAdvice } from './annualise';
export { paymentReference } from './payment-reference';
export { formBMonthFor, tenWeekLimit, formBDeadline } from './deadlines';
export { buildLocumA } from './locum-a';
export { buildLocumB } from './locum-b';
export { reconcileYear, type YearReconciliation, type MonthReconciliation } from './reconcile';
export { checkForms } from './check-forms';
export { PensionInputError } from './errors';
export { isValidNiNumber, isValidOdsCode, sdDigits } from './identifiers';
export type { Finding, Severity, LocumA, LocumAInput, LocumB, LocumBInput, AdviseTierInput, ReconcileInput, CheckFormsInput, WorkType, DatePeriod, PracticeRef } from './schemas';
export { IsoDate, Month, Pence, RatePercent } from './schemas';
export { formatPence } from '../shared/money';
export { formatUkDate, formatMonth, daysFromTo } from '../shared/dates';
