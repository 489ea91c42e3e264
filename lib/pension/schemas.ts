import * as z from 'zod/mini';
import { isIsoDate, isMonth } from '../shared/dates';
import { MAX_PENCE } from '../shared/money';

export const IsoDate = z.string().check(z.refine(isIsoDate, 'expected a real date written YYYY-MM-DD'));
export const Month = z.string().check(z.refine(isMonth, 'expected a month written YYYY-MM'));
const PENCE_HELP = 'expected a whole number of pence, 0 or more (25000 is £250.00)';
export const Pence = z
  .number({ error: PENCE_HELP })
  .check(z.refine((v) => Number.isSafeInteger(v) && v >= 0 && v <= MAX_PENCE, PENCE_HELP));
export const RatePercent = z.number().check(z.refine((v) => Number.isFinite(v) && v > 0 && v < 100, 'expected a percentage such as 12.5'));
export const Days = z.number().check(z.refine((v) => Number.isSafeInteger(v) && v >= 0, 'expected a whole number of days, 0 or more'));

export const WorkType = z.enum(['practice', 'appraisal', 'ooh', 'icb', 'private', 'agency', 'limitedCompany']);
export type WorkType = z.infer<typeof WorkType>;

export const PracticeRef = z.object({ name: z.string(), odsCode: z.string() });
export type PracticeRef = z.infer<typeof PracticeRef>;

export const DatePeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .check(z.refine((p) => p.from <= p.to, { message: 'the last day worked is before the first day worked', path: ['to'] }));
export type DatePeriod = z.infer<typeof DatePeriod>;

const Periods = z.array(DatePeriod).check(z.minLength(1, 'at least one period of dates worked is needed'));

/** What every Form A names: the practice, the dates worked, the payment date and the kind of work. */
const LocumAFields = z.object({ practice: PracticeRef, periods: Periods, paidOn: IsoDate, workType: WorkType });

export const LocumAInput = z.extend(LocumAFields, { feePence: Pence });
export type LocumAInput = z.input<typeof LocumAInput>;

/** What checkForms needs of a Form A: the contract's minimum, so hand-made forms can be checked too. */
export const LocumAForCheck = z.extend(LocumAFields, { box1: Pence, box2: Pence, box3: Pence });

/** A built Form A. Boxes in pence: 1 fee, 2 pensionable pay, 3 employer contribution. */
export const LocumA = z.extend(LocumAForCheck, {
  daysWorked: Days,
  firstDayWorked: IsoDate,
  lastDayWorked: IsoDate,
  month: Month,
  ratePeriodId: z.string(),
  employerRatePercent: RatePercent,
});
export type LocumA = z.infer<typeof LocumA>;

export const LocumBInput = z.object({
  month: Month,
  ratePercent: RatePercent,
  formsA: z.array(z.looseObject({ box2: Pence, box3: Pence })),
  cumulativeBeforePence: z.optional(Pence),
  c: z.optional(Pence),
  d: z.optional(Pence),
  e: z.optional(Pence),
  f: z.optional(Pence),
  sdNumber: z.optional(z.string()),
});
export type LocumBInput = z.input<typeof LocumBInput>;

/** A built Form B, boxes a–j in pence (Form B 2021/22 Part 2). */
export const LocumB = z.object({
  month: Month,
  ratePercent: RatePercent,
  a: Pence,
  b: Pence,
  c: Pence,
  d: Pence,
  e: Pence,
  f: Pence,
  g: Pence,
  h: Pence,
  i: Pence,
  j: Pence,
  deadline: IsoDate,
  paymentReference: z.optional(z.string()),
});
export type LocumB = z.infer<typeof LocumB>;

/**
 * Another NHS practitioner role counted in annualisation (pension-rules.md §1.1 reg 31(5), §5.2): a salaried GP is Type 2,
 * a partner Type 1, and Solo is fee-based out-of-hours/ICB work the provider pensions on the GP SOLO form (year-end.md §3.2).
 */
export const OtherRoleKind = z.enum(['salaried', 'partner', 'solo']);
export type OtherRoleKind = z.infer<typeof OtherRoleKind>;

/** `kind` is optional so profiles saved before it existed still validate; `days` are the role's days not already counted as locum days. */
export const OtherRole = z.object({
  pensionablePayPence: Pence,
  fullYear: z.optional(z.boolean()),
  days: z.optional(Days),
  kind: z.optional(OtherRoleKind),
});
export type OtherRole = z.input<typeof OtherRole>;

export const AdviseTierInput = z.object({
  date: IsoDate,
  locumPensionablePayPence: Pence,
  locumDays: Days,
  otherRoles: z.optional(z.array(OtherRole)),
});
export type AdviseTierInput = z.input<typeof AdviseTierInput>;

export const ReconcileInput = z.object({
  formsB: z
    .array(z.object({ month: Month, a: Pence, ratePercent: RatePercent }))
    .check(z.minLength(1, 'at least one Form B is needed to reconcile a year')),
  annualisedPence: Pence,
});
export type ReconcileInput = z.input<typeof ReconcileInput>;

/** reconcileYear's input, plus the day the pack is made: a Type 2 form is for a closed scheme year (year-end.md §3.1). */
export const TypeTwoLocumInput = z.extend(ReconcileInput, { today: z.optional(IsoDate) });
export type TypeTwoLocumInput = z.input<typeof TypeTwoLocumInput>;

/** The dates of one appraisal, each a real date, none twice (year-end.md §3.3). */
export const AppraisalRowsInput = z.object({
  days: z.array(IsoDate).check(
    z.minLength(1, 'an appraisal needs at least one day'),
    z.refine((days) => new Set(days).size === days.length, 'a day is listed twice'),
  ),
  feePence: Pence,
});

export const CheckFormsInput = z.object({
  formsA: z.array(LocumAForCheck),
  formB: z.optional(z.looseObject({ month: Month, ratePercent: z.optional(RatePercent) })),
  receivedOn: IsoDate,
  dateOfBirth: z.optional(IsoDate),
  chosenRatePercent: z.optional(RatePercent),
  advisedRatePercent: z.optional(RatePercent),
  sdNumber: z.optional(z.string()),
  niNumber: z.optional(z.string()),
  /** First day the locum ever worked at each practice (by ODS code), from the ledger, for the six-month warning. */
  practiceFirstWorked: z.optional(z.record(z.string(), IsoDate)),
  /** Work at these practices that the locum is not pensioning, for the whole-month rule. */
  unpensionedWork: z.optional(z.array(z.object({ odsCode: z.string(), dateWorked: IsoDate }))),
});
export type CheckFormsInput = z.input<typeof CheckFormsInput>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  code: z.string(),
  severity: Severity,
  message: z.string(),
  field: z.optional(z.string()),
  source: z.string(),
});
export type Finding = z.infer<typeof Finding>;
