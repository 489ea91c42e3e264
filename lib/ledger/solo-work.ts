import { appraisalRows, schemeYearOf, type AppraisalRow } from '../pension';
import type { OtherRole, Session } from './schemas';

/*
 * Two kinds of practitioner work the ledger records that are not plain practice locum work:
 * - Solo/out-of-hours sessions (workType 'ooh'): never on Locum A/B, because "any SOLO payments received by individual
 *   GPs will be rejected and returned" (the provider pays; year-end.md §3.2, pension-rules.md §3.3); but their pay and
 *   days are practitioner work, so they count in the annualisation that sets the tier (pension-rules.md §5).
 * - Appraisals from 2026/27: their Form A rows and the fee split between them (year-end.md §3.3).
 */

/** Out-of-hours/Solo work a rate period holds: its fees and its distinct days. */
export type SoloWork = { payPence: number; days: Set<string> };

/** What a Solo role made from the ledger's OOH sessions is called, in the advice's basis and steps. */
const LEDGER_SOLO_DESCRIPTION = 'Out-of-hours / Solo sessions in your ledger';

/** An OOH session the locum worked (a booking is not work yet): Solo work, whatever its Locum A/B `pensioned` flag says. */
export function isSoloWork(session: Session): boolean {
  return session.booked !== true && session.workType === 'ooh';
}

/**
 * The period's OOH sessions as one `kind: 'solo'` role beside the year's roles from Settings, or undefined when there are none.
 * - Pay is the whole fee, not 90%: "For Solo work, you will find your pensionable pay on your Annual Solo form", and a
 *   Solo form pensions "100% of the fee paid as opposed to 90%" (PCSE Type 2 help and NASGP; year-end.md §3.1, §3.2).
 * - Days are the OOH days not already counted as locum days (an evening shift after a locum morning is one day of
 *   service, not two; pension-rules.md §5.2). With a whole-year role in the year the days add nothing: the engine makes
 *   the year 365 days of service ("considered in the scheme 365 days of the year", BMA guidance; year-end.md §3.2), and
 *   only the pay still adds. The days are kept on the role so the advice can say what the sessions covered.
 */
export function soloRoleOf(solo: SoloWork | undefined, locumDays: ReadonlySet<string>): OtherRole | undefined {
  if (!solo || solo.days.size === 0) return undefined;
  let days = 0;
  for (const day of solo.days) if (!locumDays.has(day)) days += 1;
  return { description: LEDGER_SOLO_DESCRIPTION, pensionablePayPence: solo.payPence, fullYear: false, days, kind: 'solo' };
}

/** The first scheme year whose appraisals are pensioned over 1 to 3 days, row by row (NHSBSA 2026/27 notes; year-end.md §3.3). */
const APPRAISAL_ROWS_FROM = '2026/27';

/**
 * An appraisal Locum A's rows when it is paid in 2026/27 or later: consecutive days on one row, separate days on separate
 * rows, the fee split equally between the rows with the engine's penny rule (appraisalRows). Undefined for practice work
 * and for appraisals paid before 1 April 2026, whose Form A is a practice-style one. Box 1 stays the whole fee.
 */
export function appraisalRowsOf(sessions: Session[], paidOn: string, feePence: number): AppraisalRow[] | undefined {
  if (sessions[0]?.workType !== 'appraisal' || schemeYearOf(paidOn) < APPRAISAL_ROWS_FROM) return undefined;
  // Two sessions on one day (morning and afternoon) are one day of the appraisal.
  return appraisalRows([...new Set(sessions.map((session) => session.dateWorked))], feePence);
}
