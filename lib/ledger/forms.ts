import { adviseTier, buildLocumA, buildLocumB, checkForms, findRatePeriod, ratesOn, sdDigits, type Finding, type LocumA, type LocumB, type TierAdvice } from '../pension';
import { ninetyPercent } from '../pension/contributions';
import { periodsOf } from './periods';
import { goesOnForms, type Invoice, type LedgerData, type Practice, type Session } from './schemas';

export type FormAFromLedger = { invoice: Invoice; practice: Practice; sessions: Session[]; formA: LocumA };
export type MonthForms = {
  month: string;
  formsA: FormAFromLedger[];
  formB: LocumB;
  ratePercent: number;
  advice: TierAdvice;
  findings: Finding[];
};

/** Statuses of a submission that has reached PCSE. */
export const SENT = new Set(['submitted', 'approved', 'paid']);

/** A session that goes on Locum A/B: pensioned, and practice or appraisal work. */
export function pensionable(session: Session): boolean {
  return session.pensioned && goesOnForms(session.workType);
}

/** One Locum A for each paid invoice with pensioned practice or appraisal sessions. */
export function formsAOf(ledger: LedgerData): FormAFromLedger[] {
  const practices = new Map(ledger.practices.map((practice) => [practice.id, practice]));
  return ledger.invoices.flatMap((invoice) => {
    const practice = practices.get(invoice.practiceId);
    const sessions = ledger.sessions.filter((session) => session.invoiceId === invoice.id && pensionable(session));
    if (!practice || !invoice.paidOn || sessions.length === 0 || !findRatePeriod(invoice.paidOn)) return [];
    const formA = buildLocumA({
      practice: { name: practice.name, odsCode: practice.odsCode },
      periods: periodsOf(sessions.map((session) => session.dateWorked)),
      feePence: sessions.reduce((sum, session) => sum + session.feePence, 0),
      paidOn: invoice.paidOn,
      workType: sessions[0]!.workType === 'appraisal' ? 'appraisal' : 'practice',
    });
    return [{ invoice, practice, sessions, formA }];
  });
}

/** The tier advised for the rate period of `date`: pensioned work in that period so far, grossed up, plus other roles. */
export function adviceFor(ledger: LedgerData, date: string): TierAdvice {
  const period = findRatePeriod(date);
  const sessions = ledger.sessions.filter((session) => pensionable(session) && findRatePeriod(session.dateWorked) === period);
  const days = new Set(sessions.map((session) => session.dateWorked)).size;
  const otherRoles = ledger.profile?.otherRoles ?? [];
  return adviseTier({
    date,
    locumPensionablePayPence: sessions.reduce((sum, session) => sum + ninetyPercent(session.feePence), 0),
    // With no work yet there is nothing to gross up: one notional day keeps the advice at the lowest tier instead of failing.
    locumDays: days === 0 && !otherRoles.some((role) => role.fullYear || role.days) ? 1 : days,
    otherRoles: otherRoles.map(({ pensionablePayPence, fullYear, days: roleDays }) => ({ pensionablePayPence, fullYear, days: roleDays })),
  });
}

/** When a month's forms reached PCSE: the Locum B's submission, else the last of its submitted Locum As, else today. */
function receivedOnFor(ledger: LedgerData, month: string, formsA: FormAFromLedger[], today: string): string {
  const sent = ledger.submissions.filter((s) => SENT.has(s.status) && s.submittedAt);
  const formB = sent.find((s) => s.kind === 'B' && s.month === month);
  if (formB) return formB.submittedAt!.slice(0, 10);
  const dates = formsA.map(({ invoice }) => sent.find((s) => s.kind === 'A' && s.invoiceId === invoice.id)?.submittedAt?.slice(0, 10));
  return dates.every((date) => date !== undefined) ? dates.sort().at(-1)! : today;
}

/**
 * Every month's Form As, Form B and findings, newest first, each checked as of the day it reached PCSE (or today).
 * `only` limits the Form Bs and checks to the months a view shows (the popup needs two of a career's hundred).
 */
export function monthlyForms(ledger: LedgerData, today: string, only?: ReadonlySet<string>): MonthForms[] {
  const byMonth = new Map<string, FormAFromLedger[]>();
  for (const entry of formsAOf(ledger)) byMonth.set(entry.formA.month, [...(byMonth.get(entry.formA.month) ?? []), entry]);
  return [...byMonth.entries()]
    .filter(([month]) => !only || only.has(month))
    .sort(([x], [y]) => y.localeCompare(x))
    .map(([month, formsA]) => {
      const advice = adviceFor(ledger, `${month}-01`);
      const chosen = ledger.settings.chosenRates?.[advice.ratePeriodId];
      const ratePercent = chosen !== undefined && ratesOn(`${month}-01`).includes(chosen) ? chosen : advice.ratePercent;
      const sdNumber = ledger.profile?.sdNumber;
      const cumulativeBeforePence = [...byMonth.entries()]
        .filter(([other]) => other < month && findRatePeriod(`${other}-01`)?.schemeYear === findRatePeriod(`${month}-01`)?.schemeYear)
        .reduce((sum, [, entries]) => sum + entries.reduce((s, e) => s + e.formA.box2, 0), 0);
      const formB = buildLocumB({ month, ratePercent, formsA: formsA.map((entry) => entry.formA), cumulativeBeforePence, ...(sdNumber && sdDigits(sdNumber) ? { sdNumber } : {}) });
      const findings = checkForms({
        formsA: formsA.map((entry) => entry.formA),
        formB,
        receivedOn: receivedOnFor(ledger, month, formsA, today),
        chosenRatePercent: ratePercent,
        advisedRatePercent: advice.ratePercent,
        ...(ledger.profile?.dateOfBirth ? { dateOfBirth: ledger.profile.dateOfBirth } : {}),
        ...(sdNumber ? { sdNumber } : {}),
        ...(ledger.profile?.niNumber ? { niNumber: ledger.profile.niNumber } : {}),
      });
      return { month, formsA, formB, ratePercent, advice, findings };
    });
}
