import * as z from 'zod/mini';
import {
  adviseTier,
  findRatePeriod,
  IsoDate,
  PensionInputError,
  rateBookWith,
  ratesOn,
  sdDigits,
  BUILT_IN_RATES,
  type RateBook,
  type Finding,
  type LocumA,
  type LocumB,
  type RatePeriod,
  type TierAdvice,
  type AppraisalRow,
} from '../pension';
import { buildValidLocumA, buildValidLocumB, checkValidForms, ninetyPercent } from '../pension/internal';
import { parseInput } from '../shared/validation';
import { periodsOf } from './periods';
import { rolesForYear, SENT, sentTiers, tickedTierFor, type TickedTier } from './pension-year';
import { appraisalRowsOf, isSoloWork, soloRoleOf, type SoloWork } from './solo-work';
import { goesOnForms, type Invoice, type LedgerData, type OtherRole, type Practice, type Session } from './schemas';

/*
 * The ledger's records passed its schemas when they were stored, so the forms here are built and checked through
 * the engine's internal entry points: validating again per invoice and per month cost more than the forms themselves.
 * Each step reads indexes made in one pass over the ledger, so the cost grows with the data, not data × months.
 */

/**
 * `appraisalRows`: an appraisal paid from 1 April 2026, its Form A rows with each row's share of the fee (year-end.md §3.3);
 * the rows are the form's periods, and box 1 stays the whole fee. The Locum A's practice is the session's organisation
 * record, which for an appraisal is the commissioner (NHS England, APPRAISAL_COMMISSIONER) as the locum entered it.
 */
export type FormAFromLedger = { invoice: Invoice; practice: Practice; sessions: Session[]; formA: LocumA; appraisalRows?: AppraisalRow[] };
export type MonthForms = {
  month: string;
  formsA: FormAFromLedger[];
  formB: LocumB;
  ratePercent: number;
  /** Where the ticked tier came from: Settings, the last Locum B sent, or the advice. */
  ticked: TickedTier;
  advice: LedgerAdvice;
  findings: Finding[];
  /** The rate period of the month: its status says whether the figures are confirmed, provisional, projected or entered. */
  ratePeriod: RatePeriod;
};

const books = new WeakMap<object, RateBook>();
/**
 * The rates this ledger's forms are worked out with: the built-in tables and the user's entered ones. One book per
 * list of entered tables, so a ledger read again with the same tables keeps the same periods (compared by identity).
 */
export function rateBookOf(ledger: LedgerData): RateBook {
  const tables = ledger.rateTables;
  if (!tables || tables.length === 0) return BUILT_IN_RATES;
  let book = books.get(tables);
  if (!book) {
    book = rateBookWith(tables);
    books.set(tables, book);
  }
  return book;
}

export { SENT };

/** A session that goes on Locum A/B: worked (not only booked), pensioned, and practice or appraisal work. */
export function pensionable(session: Session): boolean {
  return session.booked !== true && session.pensioned && goesOnForms(session.workType);
}

/** Pensionable sessions by invoice, in ledger order. */
function sessionsByInvoice(ledger: LedgerData): Map<string, Session[]> {
  const byInvoice = new Map<string, Session[]>();
  for (const session of ledger.sessions) {
    if (!pensionable(session) || session.invoiceId === undefined) continue;
    const sessions = byInvoice.get(session.invoiceId);
    if (sessions) sessions.push(session);
    else byInvoice.set(session.invoiceId, [session]);
  }
  return byInvoice;
}

/** One Locum A for each paid invoice with pensioned practice or appraisal sessions. */
export function formsAOf(ledger: LedgerData): FormAFromLedger[] {
  const rates = rateBookOf(ledger);
  const practices = new Map(ledger.practices.map((practice) => [practice.id, practice]));
  const byInvoice = sessionsByInvoice(ledger);
  return ledger.invoices.flatMap((invoice) => {
    const practice = practices.get(invoice.practiceId);
    const sessions = byInvoice.get(invoice.id) ?? [];
    if (!practice || !invoice.paidOn || sessions.length === 0 || !findRatePeriod(invoice.paidOn, rates)) return [];
    // Work before the engine's first rate period (April 2015, or a mistyped year) has no form it can build.
    if (sessions.some((session) => !findRatePeriod(session.dateWorked, rates))) return [];
    const feePence = sessions.reduce((sum, session) => sum + session.feePence, 0);
    // From 2026/27 an appraisal's rows are appraisalRows' runs of consecutive days: the same runs periodsOf makes, now each with its share of the fee.
    const rows = appraisalRowsOf(sessions, invoice.paidOn, feePence);
    const formA = buildValidLocumA(
      {
        practice: { name: practice.name, odsCode: practice.odsCode },
        periods: rows ? rows.map(({ from, to }) => ({ from, to })) : periodsOf(sessions.map((session) => session.dateWorked)),
        feePence,
        paidOn: invoice.paidOn,
        workType: sessions[0]!.workType === 'appraisal' ? 'appraisal' : 'practice',
      },
      rates,
    );
    return [{ invoice, practice, sessions, formA, ...(rows ? { appraisalRows: rows } : {}) }];
  });
}

/** Pensioned work of one rate period: its pensionable pay and its distinct days worked; `solo`, its out-of-hours/Solo work. */
type PeriodWork = { payPence: number; days: Set<string>; solo: SoloWork };

/**
 * Pensioned locum work and Solo/OOH work by rate period (undefined: outside the engine's coverage), each session's
 * period looked up once. OOH work never goes on a form but counts in the annualisation (solo-work.ts).
 */
function workByPeriod(ledger: LedgerData, rates: RateBook): Map<RatePeriod | undefined, PeriodWork> {
  const periodOfDay = new Map<string, RatePeriod | undefined>();
  const work = new Map<RatePeriod | undefined, PeriodWork>();
  for (const session of ledger.sessions) {
    const locum = pensionable(session);
    if (!locum && !isSoloWork(session)) continue;
    if (!periodOfDay.has(session.dateWorked)) periodOfDay.set(session.dateWorked, findRatePeriod(session.dateWorked, rates));
    const period = periodOfDay.get(session.dateWorked);
    let periodWork = work.get(period);
    if (!periodWork) {
      periodWork = { payPence: 0, days: new Set<string>(), solo: { payPence: 0, days: new Set<string>() } };
      work.set(period, periodWork);
    }
    if (locum) {
      periodWork.payPence += ninetyPercent(session.feePence);
      periodWork.days.add(session.dateWorked);
    } else {
      // Solo pensionable pay is the whole fee, not 90% (year-end.md §3.1, §3.2).
      periodWork.solo.payPence += session.feePence;
      periodWork.solo.days.add(session.dateWorked);
    }
  }
  return work;
}

/** What the advice was worked out from, so it can be said in one sentence (advice-sentence.ts). */
type AdviceBasis = { locumPayPence: number; locumDays: number; roles: OtherRole[]; periodTo: string };
export type LedgerAdvice = TierAdvice & { basis: AdviceBasis };

function adviceFrom(work: Map<RatePeriod | undefined, PeriodWork>, ledger: LedgerData, date: string, rates: RateBook): LedgerAdvice {
  const period = findRatePeriod(date, rates);
  const { payPence, days, solo } = work.get(period) ?? { payPence: 0, days: new Set<string>(), solo: undefined };
  // The year's roles from Settings, and the ledger's OOH sessions as one more Solo role (solo-work.ts).
  const settingsRoles = rolesForYear(ledger, period?.schemeYear ?? '');
  const soloRole = soloRoleOf(solo, days);
  const roles = soloRole ? [...settingsRoles, soloRole] : settingsRoles;
  const advice = adviseTier(
    {
      date,
      locumPensionablePayPence: payPence,
      // With no work yet there is nothing to gross up: one notional day keeps the advice at the lowest tier instead of failing.
      locumDays: days.size === 0 && !roles.some((role) => role.fullYear || role.days) ? 1 : days.size,
      // The kind lets the engine tell a whole-year Solo contract (365 days of service, year-end.md §3.2) from the rest.
      otherRoles: roles.map(({ pensionablePayPence, fullYear, days: roleDays, kind }) => ({
        pensionablePayPence,
        fullYear,
        days: roleDays,
        kind,
      })),
    },
    rates,
  );
  return { ...advice, basis: { locumPayPence: payPence, locumDays: days.size, roles, periodTo: period?.to ?? date } };
}

/** The tier advised for the rate period of `date`: pensioned work in that period so far, grossed up, plus other roles. */
export function adviceFor(ledger: LedgerData, date: string): LedgerAdvice {
  const rates = rateBookOf(ledger);
  return adviceFrom(workByPeriod(ledger, rates), ledger, date, rates);
}

/** Per month, the box 2 total of the earlier months of its scheme year: one pass over the months in order. */
function cumulativeBefore(byMonth: Map<string, FormAFromLedger[]>, rates: RateBook): Map<string, number> {
  const running = new Map<string | undefined, number>();
  const before = new Map<string, number>();
  for (const [month, entries] of [...byMonth].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const schemeYear = findRatePeriod(`${month}-01`, rates)?.schemeYear;
    const total = running.get(schemeYear) ?? 0;
    before.set(month, total);
    running.set(schemeYear, total + entries.reduce((sum, entry) => sum + entry.formA.box2, 0));
  }
  return before;
}

/**
 * When a month's forms reached PCSE: the Locum B's submission, else the last of its submitted Locum As, else today.
 * The first sent submission of each Form B month and each invoice is indexed once, not searched for per month.
 */
function receivedOnFor(ledger: LedgerData, today: string): (month: string, formsA: FormAFromLedger[]) => string {
  const formBSent = new Map<string, string>();
  const formASent = new Map<string, string>();
  for (const s of ledger.submissions) {
    if (!SENT.has(s.status) || !s.submittedAt) continue;
    const day = s.submittedAt.slice(0, 10);
    if (s.kind === 'B' && !formBSent.has(s.month)) formBSent.set(s.month, day);
    if (s.kind === 'A' && s.invoiceId !== undefined && !formASent.has(s.invoiceId)) formASent.set(s.invoiceId, day);
  }
  return (month, formsA) => {
    const formB = formBSent.get(month);
    if (formB) return formB;
    const dates = formsA.map(({ invoice }) => formASent.get(invoice.id));
    return dates.every((date) => date !== undefined) ? dates.sort().at(-1)! : today;
  };
}

/** The one checkForms input that is not from the ledger's validated records: today, or a day cut from a submission's time stamp. */
const ReceivedOn = z.object({ receivedOn: IsoDate });

/**
 * Every month's Form As, Form B and findings, newest first, each checked as of the day it reached PCSE (or today).
 * `only` limits the Form Bs and checks to the months a view shows (the popup needs two of a career's hundred).
 */
export function monthlyForms(ledger: LedgerData, today: string, only?: ReadonlySet<string>): MonthForms[] {
  const rates = rateBookOf(ledger);
  const byMonth = new Map<string, FormAFromLedger[]>();
  for (const entry of formsAOf(ledger)) {
    const entries = byMonth.get(entry.formA.month);
    if (entries) entries.push(entry);
    else byMonth.set(entry.formA.month, [entry]);
  }
  const work = workByPeriod(ledger, rates);
  // The advice depends on the date only through its rate period, so it is worked out once per period, not per month.
  const advicePerPeriod = new Map<RatePeriod | undefined, LedgerAdvice>();
  const adviceOn = (date: string) => {
    const period = findRatePeriod(date, rates);
    if (!advicePerPeriod.has(period)) advicePerPeriod.set(period, adviceFrom(work, ledger, date, rates));
    return advicePerPeriod.get(period)!;
  };
  const cumulative = cumulativeBefore(byMonth, rates);
  const receivedOn = receivedOnFor(ledger, today);
  const sent = sentTiers(ledger, rates);
  const { profile } = ledger;
  const sdNumber = profile?.sdNumber;
  return [...byMonth.entries()]
    .filter(([month]) => !only || only.has(month))
    .sort(([x], [y]) => (x < y ? 1 : x > y ? -1 : 0))
    .map(([month, formsA]) => {
      const advice = adviceOn(`${month}-01`);
      const ticked = tickedTierFor({ ledger, month, rates, sent, advised: advice.ratePercent, periodId: advice.ratePeriodId });
      const { ratePercent } = ticked;
      const forms = formsA.map((entry) => entry.formA);
      const formB = buildValidLocumB(
        {
          month,
          ratePercent,
          formsA: forms,
          cumulativeBeforePence: cumulative.get(month)!,
          ...(sdNumber && sdDigits(sdNumber) ? { sdNumber } : {}),
        },
        rates,
      );
      const findings = checkValidForms(
        {
          formsA: forms,
          formB,
          receivedOn: parseInput(ReceivedOn, { receivedOn: receivedOn(month, formsA) }, 'checkForms', PensionInputError).receivedOn,
          chosenRatePercent: ratePercent,
          advisedRatePercent: advice.ratePercent,
          ...(profile?.dateOfBirth ? { dateOfBirth: profile.dateOfBirth } : {}),
          ...(sdNumber ? { sdNumber } : {}),
          ...(profile?.niNumber ? { niNumber: profile.niNumber } : {}),
        },
        rates,
      );
      return { month, formsA, formB, ratePercent, ticked, advice, findings, ratePeriod: findRatePeriod(`${month}-01`, rates)! };
    });
}
