import { adviseTier, formatPence, SOURCES, typeTwoLocumFigures, type SourcedFigure, type TypeTwoLocumFigures } from '../pension';
import { monthlyForms, rateBookOf, SENT, type MonthForms } from './forms';
import { rolesForYear } from './pension-year';
import { isSoloWork, soloRoleOf, type SoloWork } from './solo-work';
import type { LedgerData, OtherRole, Profile } from './schemas';

/*
 * The Type 2 self-assessment pack for a locum who also has a salaried or Solo role (year-end.md §3.1). Other roles are the
 * scheme year's own (Settings → Your pension year), else the profile's.
 */

type ProfileRole = Profile['otherRoles'][number];

/** One other role as entered, and the Type 2 row it goes on: row 2 salaried, row 3 Solo (PCSE solo-work-t2, year-end.md §3.1). */
type OtherRoleRow = {
  description: string;
  pensionablePayPence: number;
  /** 2 or 3; null for a partner's (Type 1) role or a role whose kind was not entered. */
  row: 2 | 3 | null;
  where: string;
};

type LeftOutMonth = { month: string; why: string };

export type TypeTwoPack = {
  schemeYear: string;
  /** 31 March that ends the scheme year: until then the figures are an estimate. */
  closesOn: string;
  closed: boolean;
  /** The engine's locum figures, each with its basis; null when every month of the year was left out. */
  locum: TypeTwoLocumFigures | null;
  leftOut: LeftOutMonth[];
  otherRoles: OtherRoleRow[];
  /** Row 6: the locum pay and rows 2 and 3 added up. */
  totalPence: SourcedFigure<number>;
  daysOfService: SourcedFigure<number>;
};

const ROWS_SOURCE = SOURCES.type2Rows;
const LATE_SOURCE = SOURCES.type2LocumWork;

function rowOf(role: ProfileRole): OtherRoleRow {
  const { description, pensionablePayPence } = role;
  if (role.kind === 'salaried') return { description, pensionablePayPence, row: 2, where: 'Row 2: your salaried GP work (box 2c).' };
  if (role.kind === 'solo') return { description, pensionablePayPence, row: 3, where: 'Row 3: your Solo work (box 3c).' };
  const where =
    role.kind === 'partner'
      ? 'A partner (Type 1) role goes on the Type 1 form, not a Type 2 row; it still counts towards your tier.'
      : 'Not known: say whether this role is salaried (row 2) or Solo (row 3).';
  return { description, pensionablePayPence, row: null, where };
}

/**
 * Late locum work is refunded and "should not be included" in the Type 2 form (PCSE locum-work-t2): a month whose checks
 * found a Locum A past the 10-week limit (TEN_WEEK_EXCEEDED) is left out whole, its pay, contributions and days.
 */
function isLate(month: MonthForms): boolean {
  return month.findings.some((finding) => finding.code === 'TEN_WEEK_EXCEEDED');
}

function daysWorked(months: MonthForms[]): Set<string> {
  return new Set(months.flatMap((m) => m.formsA.flatMap(({ sessions }) => sessions.map((s) => s.dateWorked))));
}

/** The year's OOH/Solo sessions in the ledger as one Solo role (row 3), as the advice counts them (solo-work.ts). */
function soloSessionsRole(ledger: LedgerData, schemeYear: string, locumDays: ReadonlySet<string>): OtherRole | undefined {
  const first = Number(schemeYear.slice(0, 4));
  const [from, to] = [`${first}-04-01`, `${first + 1}-03-31`];
  const solo: SoloWork = { payPence: 0, days: new Set<string>() };
  for (const session of ledger.sessions) {
    if (!isSoloWork(session) || session.dateWorked < from || session.dateWorked > to) continue;
    solo.payPence += session.feePence;
    solo.days.add(session.dateWorked);
  }
  return soloRoleOf(solo, locumDays);
}

function packOf(ledger: LedgerData, today: string, schemeYear: string, inYear: MonthForms[]): TypeTwoPack {
  const closesOn = `${Number(schemeYear.slice(0, 4)) + 1}-03-31`;
  const closed = closesOn < today;
  const counted = inYear.filter((m) => !isLate(m));
  const sent = new Set(ledger.submissions.filter((s) => SENT.has(s.status)).map((s) => s.month));
  const leftOut = inYear.filter(isLate).map(({ month }) => ({
    month,
    why: sent.has(month)
      ? `Sent more than 10 weeks after the work: refunded, so left out (${LATE_SOURCE}).`
      : `Not sent, and now past the 10-week limit: it can no longer be pensioned, so left out (${LATE_SOURCE}).`,
  }));
  const locumPay = counted.reduce((sum, m) => sum + m.formB.a, 0);
  const locumDaySet = daysWorked(counted);
  const locumDays = locumDaySet.size;
  const soloSessions = soloSessionsRole(ledger, schemeYear, locumDaySet);
  const roles = [...rolesForYear(ledger, schemeYear), ...(soloSessions ? [soloSessions] : [])];
  // Annualised here rather than through adviceFor, so late, refunded work drops out of the tier as well as the pay.
  const advice = adviseTier(
    {
      date: `${(counted[0] ?? inYear[0]!).month}-01`,
      locumPensionablePayPence: locumPay,
      locumDays: locumDays === 0 && !roles.some((role) => role.fullYear || role.days) ? 1 : locumDays,
      otherRoles: roles.map(({ pensionablePayPence, fullYear, days, kind }) => ({ pensionablePayPence, fullYear, days, kind })),
    },
    rateBookOf(ledger),
  );
  const locum =
    counted.length === 0
      ? null
      : typeTwoLocumFigures(
          {
            formsB: counted.map((m) => ({ month: m.month, a: m.formB.a, ratePercent: m.ratePercent })),
            annualisedPence: advice.annualisedPence,
            ...(closed ? { today } : {}),
          },
          rateBookOf(ledger),
        );
  const otherRoles = roles.map(rowOf);
  const rowsPay = otherRoles.filter((role) => role.row !== null).reduce((sum, role) => sum + role.pensionablePayPence, 0);
  return {
    schemeYear,
    closesOn,
    closed,
    locum,
    leftOut,
    otherRoles,
    totalPence: {
      value: locumPay + rowsPay,
      basis: `Locum ${formatPence(locumPay)} + rows 2 and 3 ${formatPence(rowsPay)}: "your income will be totalled in row 6" (${ROWS_SOURCE}).`,
    },
    daysOfService: { value: advice.daysOfService, basis: advice.steps.find((step) => step.startsWith('Days of service')) ?? '' },
  };
}

/** One pack per scheme year with locum Form Bs, newest first. */
export function typeTwoPacks(ledger: LedgerData, today: string): TypeTwoPack[] {
  const months = monthlyForms(ledger, today);
  const years = [...new Set(months.map((m) => m.ratePeriod.schemeYear))];
  return years.map((year) =>
    packOf(
      ledger,
      today,
      year,
      months.filter((m) => m.ratePeriod.schemeYear === year).sort((x, y) => x.month.localeCompare(y.month)),
    ),
  );
}
