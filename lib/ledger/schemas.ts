import * as z from 'zod/mini';
import { EnteredRateTables, IsoDate, isSchemeYear, Month, OtherRoleKind, Pence, RatePercent, RateStatus } from '../pension';
import { FieldFingerprint, Id, PageKindAnswer, PortalMapping, SubmissionStatus, Text, Timestamp } from '../shared/records';

/** The ledger's records. These schemas are the single source of the types, of the store's checks and of backup validation. */

const REAL_YEARS = 'expected a real date between 1900 and 2100';
/** Years 1900 to 2100, written YYYY: a browser date field once stored 22/11/0026, and no locum's ledger holds such a year. */
function realYear(value: string): boolean {
  const year = Number(value.slice(0, 4));
  // A value that is not a date at all is IsoDate's or Month's to explain, once.
  return !/^\d{4}/.test(value) || (year >= 1900 && year <= 2100);
}
/** A date in the ledger: a real day (IsoDate says so) in a year a ledger can hold. */
const LedgerDate = IsoDate.check(z.refine(realYear, REAL_YEARS));
const LedgerMonth = Month.check(z.refine(realYear, REAL_YEARS));

/** A practitioner role besides locum work (salaried, partner, Solo): the engine's schema, which annualisation reads. */
export { OtherRoleKind };

export const OtherRole = z.object({
  description: Text(120),
  pensionablePayPence: Pence,
  fullYear: z.boolean(),
  days: z.optional(z.int().check(z.minimum(0), z.maximum(366))),
  /** Salaried, partner or Solo: which Type 2 row the role goes on (row 2 salaried, row 3 Solo; year-end.md §3.1). Optional: older profiles have none. */
  kind: z.optional(OtherRoleKind),
});
export type OtherRole = z.infer<typeof OtherRole>;

const SchemeYearKey = z.string().check(z.refine(isSchemeYear, 'expected a scheme year written 2027/28'));

/** What the locum says about one scheme year: other roles, and the tier they actually tick on the Locum Bs. */
export const PensionYear = z.object({
  /** Roles in this year; absent means the profile's roles apply (ledgers from before years had their own). */
  otherRoles: z.optional(z.array(OtherRole)),
  /** The tier ticked from each month on (2026-04 → 9.8): a month takes the latest entry at or before it. */
  tickedFrom: z.optional(z.record(LedgerMonth, RatePercent)),
});
export type PensionYear = z.infer<typeof PensionYear>;

export const Profile = z.object({
  name: Text(120),
  sdNumber: Text(16),
  niNumber: Text(16),
  gmcNumber: Text(16),
  dateOfBirth: z.optional(LedgerDate),
  email: Text(200),
  otherRoles: z.array(OtherRole),
});
export type Profile = z.infer<typeof Profile>;

export const Practice = z.object({
  id: Id,
  name: Text(160).check(z.minLength(1, 'the practice needs a name')),
  odsCode: Text(9),
  address: Text(400),
  email: Text(200),
  approverContact: Text(200),
  /** A commissioner or appraisal body (NHS England is X24): its ODS code is not a GP practice's one letter and five digits. */
  commissioner: z.optional(z.boolean()),
});
export type Practice = z.infer<typeof Practice>;

/** One session of work. OOH, ICB and private sessions are recorded for the locum's own accounts but never go on Locum A/B. */
export const SessionWorkType = z.enum(['practice', 'appraisal', 'ooh', 'icb', 'private']);
export type SessionWorkType = z.infer<typeof SessionWorkType>;

/** Practice and appraisal work go on Locum A/B; the rest never does (pension-rules.md §3.3). */
export function goesOnForms(workType: SessionWorkType): boolean {
  return workType === 'practice' || workType === 'appraisal';
}

/** The locum's own invoice number for a session (e.g. "INV-042"), as written on the invoice and in their spreadsheet. */
export const InvoiceNumber = Text(60);

export const Session = z.object({
  id: Id,
  dateWorked: LedgerDate,
  practiceId: Id,
  feePence: Pence,
  workType: SessionWorkType,
  invoiceId: z.optional(Id),
  invoiceNumber: z.optional(InvoiceNumber),
  pensioned: z.boolean(),
  /** Booked ahead, not yet worked: never on a form until the locum marks it worked (a booking can be cancelled). */
  booked: z.optional(z.literal(true)),
  notes: Text(2000),
});
export type Session = z.infer<typeof Session>;

/** One invoice to one practice; a Locum A is one invoice. */
export const Invoice = z.object({
  id: Id,
  practiceId: Id,
  reference: Text(60),
  sessionIds: z.array(Id),
  sentOn: z.optional(LedgerDate),
  paidOn: z.optional(LedgerDate),
});
export type Invoice = z.infer<typeof Invoice>;

export const Submission = z.object({
  id: Id,
  kind: z.enum(['A', 'B']),
  month: LedgerMonth,
  invoiceId: z.optional(Id),
  status: SubmissionStatus,
  filled: z.record(z.string(), z.string()),
  formReference: z.optional(Text(60)),
  paymentReference: z.optional(Text(60)),
  amounts: z.record(z.string(), Pence),
  ratePercent: z.optional(RatePercent),
  /** The scheme year and status of the rates its amounts were worked out with: a form keeps them when a new table arrives. */
  builtOn: z.optional(z.object({ schemeYear: Text(9), status: RateStatus })),
  rejectionReason: z.optional(Text(500)),
  evidence: z.optional(Text(20_000)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: z.optional(Timestamp),
});
export type Submission = z.infer<typeof Submission>;

export const Receipt = z.object({
  id: Id,
  reference: Text(60),
  paymentReference: z.optional(Text(60)),
  /** The payment reference without PCSE's -NN suffix: what a bank transfer quotes. */
  bacsReference: z.optional(Text(60)),
  amountPence: Pence,
  date: LedgerDate,
  capturedAt: z.optional(Timestamp),
  source: z.enum(['page', 'manual']),
  pageUrl: z.optional(Text(2000)),
  submissionId: z.optional(Id),
  evidence: z.optional(Text(20_000)),
});
export type Receipt = z.infer<typeof Receipt>;

/** Figures a PCSE statement or Total Reward Statement records; either may be left out. */
const RecordedFigures = z.object({ pensionablePayPence: z.optional(Pence), contributionsPence: z.optional(Pence) });

/**
 * What the locum's PCSE statement or NHS Pensions Total Reward Statement shows for one scheme year, typed per month
 * and/or for the whole year, to find money PCSE received but never allocated (year-end.md §4, "unallocated funds").
 */
export const StatementFigures = z.object({
  source: z.enum(['pcse', 'trs']),
  year: z.optional(RecordedFigures),
  months: z.record(LedgerMonth, RecordedFigures),
});
export type StatementFigures = z.infer<typeof StatementFigures>;

export const Settings = z.object({
  notifications: z.boolean(),
  /** The tier the locum ticks, by rate-period id (2025-26); the advised tier when absent. Superseded by pensionYears' tickedFrom. */
  chosenRates: z.optional(z.record(z.string(), RatePercent)),
  /** Per scheme year (2026/27): other practitioner roles and the tier ticked on the Locum Bs, from Settings → Your pension year. */
  pensionYears: z.optional(z.record(SchemeYearKey, PensionYear)),
  lastBackupAt: z.optional(Timestamp),
  lastChangeAt: z.optional(Timestamp),
  /** Practice staff who approve locums' Locum A forms: shows their own list of locum invoices to check each form against. */
  practiceMode: z.optional(z.boolean()),
  /** The scheme year whose spring tier-table notification was shown, so the daily check shows it once a year. */
  ratesRemindedFor: z.optional(z.string().check(z.refine(isSchemeYear, 'expected a scheme year written 2027/28'))),
  /** The scheme year whose Type 2 reminder (from 1 February) was shown, so the daily check shows it once. */
  typeTwoRemindedFor: z.optional(z.string().check(z.refine(isSchemeYear, 'expected a scheme year written 2025/26'))),
  /** Names a spreadsheet uses for a practice ("Riverside"), lower case, each with the practice id the user chose for it on import. */
  practiceAliases: z.optional(z.record(Text(160), Id)),
  /** The first-open choice: a locum keeping their own ledger, or practice staff approving locums' forms. Unset until chosen. */
  role: z.optional(z.enum(['locum', 'practice'])),
  /** By scheme year (2025/26): what the locum's own PCSE or NHS Pensions statement records, to compare with the ledger. */
  statementFigures: z.optional(
    z.record(z.string().check(z.refine(isSchemeYear, 'expected a scheme year written 2027/28')), StatementFigures),
  ),
});
export type Settings = z.infer<typeof Settings>;

/** Practice mode: a locum's invoice as the practice recorded it, to check a Locum A against before approving. */
export const PracticeInvoice = z.object({
  id: Id,
  locumName: Text(120).check(z.minLength(1, 'the locum needs a name')),
  gmcNumber: Text(16),
  firstDay: LedgerDate,
  lastDay: LedgerDate,
  feePence: Pence,
  reference: Text(60),
});
export type PracticeInvoice = z.infer<typeof PracticeInvoice>;

/** The ledger's object stores whose records are checked on read. */
export const LedgerStoreName = z.enum([
  'practices',
  'sessions',
  'invoices',
  'submissions',
  'receipts',
  'portalMappings',
  'practiceInvoices',
  'profile',
  'settings',
  'rateTables',
  'pageKindAnswers',
]);
export type LedgerStoreName = z.infer<typeof LedgerStoreName>;

/**
 * A record that failed its schema when the ledger was read: moved out of its store so the rest of the ledger loads,
 * and kept whole (the raw value) until the user downloads or discards it.
 */
export const SetAsideRecord = z.object({
  id: Id,
  store: LedgerStoreName,
  /** Its key in that store (a record id, or "me" and "settings"). */
  key: Text(200),
  value: z.unknown(),
  /** The first problem found, with its path. */
  problem: Text(500),
  setAsideAt: Timestamp,
});
export type SetAsideRecord = z.infer<typeof SetAsideRecord>;

/** Everything the ledger holds: what a backup carries and what the store reads and replaces in one go. */
export const LedgerData = z.object({
  profile: z.nullable(Profile),
  practices: z.array(Practice),
  sessions: z.array(Session),
  invoices: z.array(Invoice),
  submissions: z.array(Submission),
  receipts: z.array(Receipt),
  settings: Settings,
  /** Added in schema version 2; backups written before it have neither. */
  portalMappings: z.optional(z.array(PortalMapping)),
  practiceInvoices: z.optional(z.array(PracticeInvoice)),
  /** Added in schema version 3: records that could not be read, kept out of the ledger but never dropped. */
  setAside: z.optional(z.array(SetAsideRecord)),
  /** Added in schema version 4: tier tables the user typed or imported, one per scheme year; older backups have none. */
  rateTables: z.optional(EnteredRateTables),
  /** Added in schema version 7: the user's answers to "What is this page?", one per page fingerprint; older backups have none. */
  pageKindAnswers: z.optional(z.array(PageKindAnswer)),
});
export type LedgerData = z.infer<typeof LedgerData>;

export const DEFAULT_SETTINGS: Settings = { notifications: true };
