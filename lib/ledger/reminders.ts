import { rolesForYear } from './pension-year';
import { daysFromTo, formatMonth, formatUkDate } from '../pension';
import { monthlyForms, rateBookOf, SENT } from './forms';
import { rateTableDue } from './rate-table-due';
import type { LedgerData, Settings } from './schemas';
import { openTenWeekLimits } from './ten-week';

export type Reminder = {
  id: string;
  title: string;
  message: string;
  view: 'sessions' | 'months' | 'settings' | 'rates' | 'type2';
  /** Settings the daily check saves once this is shown, for a reminder that is shown only once. */
  onceShown?: Partial<Pick<Settings, 'ratesRemindedFor' | 'typeTwoRemindedFor'>>;
};

const TEN_WEEK_WARNINGS = [14, 7, 2];
const FORM_B_WARNING_DAYS = 3;
const APPROVAL_WAIT_DAYS = 7;
const BACKUP_AGE_DAYS = 30;

function tenWeek(ledger: LedgerData, today: string): Reminder[] {
  return openTenWeekLimits(ledger, today)
    .filter((limit) => TEN_WEEK_WARNINGS.includes(limit.daysLeft))
    .map((limit) => ({
      id: `ten-week ${limit.practiceName} ${limit.limit}`,
      title: `${limit.daysLeft} days left to pension work at ${limit.practiceName}`,
      message: `Your Locum A for work from ${formatUkDate(limit.firstDayWorked)} must reach PCSE by ${formatUkDate(limit.limit)}, or that work can never be pensioned. Ask the practice to pay and submit it now.`,
      view: 'sessions',
    }));
}

function formB(ledger: LedgerData, today: string): Reminder[] {
  const sent = new Set(ledger.submissions.filter((s) => s.kind === 'B' && SENT.has(s.status)).map((s) => s.month));
  return monthlyForms(ledger, today)
    .filter(
      ({ month, formB: b }) =>
        !sent.has(month) && daysFromTo(today, b.deadline) >= 0 && daysFromTo(today, b.deadline) <= FORM_B_WARNING_DAYS,
    )
    .map(({ month, formB: b }) => ({
      id: `form-b ${month}`,
      title: `Locum B for ${formatMonth(month)} due by ${formatUkDate(b.deadline)}`,
      message: `Submit the Locum B and pay £${(b.i / 100).toFixed(2)} on PCSE Online by ${formatUkDate(b.deadline)}.`,
      view: 'months',
    }));
}

function awaitingApproval(ledger: LedgerData, today: string): Reminder[] {
  const names = new Map(ledger.practices.map((p) => [p.id, p.name]));
  const invoices = new Map(ledger.invoices.map((i) => [i.id, i]));
  return ledger.submissions
    .filter(
      (s) =>
        s.kind === 'A' && s.status === 'submitted' && s.submittedAt && daysFromTo(s.submittedAt.slice(0, 10), today) > APPROVAL_WAIT_DAYS,
    )
    .map((s) => {
      const practice = names.get(invoices.get(s.invoiceId ?? '')?.practiceId ?? '') ?? 'the practice';
      return {
        id: `approval ${s.id}`,
        title: `Locum A waiting for ${practice}`,
        message: `Submitted ${formatUkDate(s.submittedAt!.slice(0, 10))} and not yet approved. Ask ${practice}'s Locum Approver to approve it on PCSE Online: the 10-week clock keeps running.`,
        view: 'months',
      };
    });
}

/** Uninstalling an extension deletes its IndexedDB, so a changed ledger with no recent backup is at risk. */
export function backupDue(ledger: LedgerData, today: string): boolean {
  const { lastBackupAt, lastChangeAt } = ledger.settings;
  if (!lastChangeAt) return false;
  if (!lastBackupAt) return true;
  return lastChangeAt > lastBackupAt && daysFromTo(lastBackupAt.slice(0, 10), today) > BACKUP_AGE_DAYS;
}

function backup(ledger: LedgerData, today: string): Reminder[] {
  if (!backupDue(ledger, today)) return [];
  return [
    {
      id: `backup ${today}`,
      title: 'Back up your ledger',
      message: 'Your ledger has changed since your last backup. Removing the extension would delete it: download a backup in Settings.',
      view: 'settings',
    },
  ];
}

/** Once per scheme year, as the popup keeps saying it all spring: a notification every day for two months would nag. */
function rateTable(ledger: LedgerData, today: string): Reminder[] {
  const schemeYear = rateTableDue(rateBookOf(ledger), today);
  if (!schemeYear || ledger.settings.ratesRemindedFor === schemeYear) return [];
  return [
    {
      id: `rate-table ${schemeYear}`,
      title: `Check NHSBSA's ${schemeYear} tier table`,
      message: `NHSBSA publishes the tier table for ${schemeYear} in the spring: check it and enter it on Locum Ledger's Rates page.`,
      view: 'rates',
      onceShown: { ratesRemindedFor: schemeYear },
    },
  ];
}

/**
 * From 1 February, once: the Type 2 form for the scheme year that closed the March before last is due by 28 February
 * (year-end.md §3.1: "submit your 2024/25 Type 2 form by 28 February 2026"). Only for a year with locum Form Bs and a
 * locum with another role that year (a salaried or Solo GP submits Type 2; a locum-only GP does not).
 */
function typeTwo(ledger: LedgerData, today: string): Reminder[] {
  const year = Number(today.slice(0, 4));
  if (today < `${year}-02-01` || today > `${year}-02-28`) return [];
  const schemeYear = `${year - 2}/${String(year - 1).slice(2)}`;
  const hasOtherRole = rolesForYear(ledger, schemeYear).some((role) => role.kind !== 'partner');
  if (!hasOtherRole || ledger.settings.typeTwoRemindedFor === schemeYear) return [];
  if (!monthlyForms(ledger, today).some((m) => m.ratePeriod.schemeYear === schemeYear)) return [];
  return [
    {
      id: `type-two ${schemeYear}`,
      title: `Type 2 form for ${schemeYear} due by 28/02/${year}`,
      message: `Your Type 2 form for ${schemeYear} is due by 28/02/${year}: your locum figures are ready`,
      view: 'type2',
      onceShown: { typeTwoRemindedFor: schemeYear },
    },
  ];
}

/** What the daily check should tell the locum today. */
export function dueReminders(ledger: LedgerData, today: string): Reminder[] {
  return [
    ...tenWeek(ledger, today),
    ...formB(ledger, today),
    ...awaitingApproval(ledger, today),
    ...backup(ledger, today),
    ...rateTable(ledger, today),
    ...typeTwo(ledger, today),
  ];
}
