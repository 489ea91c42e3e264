import { findRatePeriod, type RatePeriod } from '../pension';
import { adviceFor, monthlyForms, rateBookOf, SENT, type MonthForms } from './forms';
import { sentTiers, tickedTierFor } from './pension-year';
import { rateTableDue } from './rate-table-due';
import type { LedgerData, Practice } from './schemas';
import { openTenWeekLimits, type OpenLimit } from './ten-week';
import { waitingLocumAs, type WaitingLocumA } from './waiting';
import { previousMonth } from '../shared/today';

export type PopupMonth = {
  month: string;
  forms?: MonthForms;
  submitted: boolean;
  /** Said only when the month's figures are provisional or projected, so the locum knows to check them. */
  ratesNote?: string;
};

/** Everything the popup shows, worked out where the ledger lives: the popup gets two months, not a career of sessions. */
export type PopupSummary = {
  thisMonth: PopupMonth;
  lastMonth: PopupMonth;
  tenWeek: OpenLimit[];
  waiting: WaitingLocumA[];
  practices: Practice[];
  /** The scheme year whose tier table NHSBSA publishes this spring, while the ledger holds no confirmed or entered one. */
  rateTableDue?: string;
  /** This month's tier: the one the locum ticks against the estimate for the year, and whether the year has ended. */
  tier: PopupTier;
};

export type PopupTier = { ticked: number; estimate: number; schemeYear: string };

/** The summary of each ledger object the background holds: it keeps one until the next write, so a popup opened again costs nothing. */
const computed = new WeakMap<LedgerData, { today: string; summary: PopupSummary }>();

export function popupSummary(ledger: LedgerData, today: string): PopupSummary {
  const cached = computed.get(ledger);
  if (cached?.today === today) return cached.summary;
  const summary = summaryOf(ledger, today);
  computed.set(ledger, { today, summary });
  return summary;
}

function summaryOf(ledger: LedgerData, today: string): PopupSummary {
  const thisMonth = today.slice(0, 7);
  const lastMonth = previousMonth(thisMonth);
  const months = monthlyForms(ledger, today, new Set([thisMonth, lastMonth]));
  const book = rateBookOf(ledger);
  const monthOf = (month: string): PopupMonth => {
    const forms = months.find((m) => m.month === month);
    const submitted = ledger.submissions.some((s) => s.kind === 'B' && s.month === month && SENT.has(s.status));
    const ratesNote = ratesNoteOf(forms?.ratePeriod ?? findRatePeriod(`${month}-01`, book));
    return { month, submitted, ...(forms ? { forms } : {}), ...(ratesNote ? { ratesNote } : {}) };
  };
  const due = rateTableDue(book, today);
  return {
    thisMonth: monthOf(thisMonth),
    lastMonth: monthOf(lastMonth),
    tenWeek: openTenWeekLimits(ledger, today),
    waiting: waitingLocumAs(ledger),
    practices: ledger.practices,
    ...(due ? { rateTableDue: due } : {}),
    tier: tierOf(ledger, today),
  };
}

/** The tier the locum ticks this month (Settings, else the last Locum B sent, else the advice) and the year's estimate. */
function tierOf(ledger: LedgerData, today: string): PopupTier {
  const rates = rateBookOf(ledger);
  const advice = adviceFor(ledger, today);
  const ticked = tickedTierFor({
    ledger,
    month: today.slice(0, 7),
    rates,
    sent: sentTiers(ledger, rates),
    advised: advice.ratePercent,
    periodId: advice.ratePeriodId,
  });
  return { ticked: ticked.ratePercent, estimate: advice.ratePercent, schemeYear: findRatePeriod(today, rates)?.schemeYear ?? '' };
}

/** "2027/28 rates projected: carried forward from 2026/27. Check the Rates page." for figures not yet published. */
function ratesNoteOf(period: RatePeriod | undefined): string | undefined {
  if (period?.status === 'projected') {
    return `${period.schemeYear} rates projected: carried forward from ${period.projectedFrom}. Check the Rates page.`;
  }
  if (period?.status === 'provisional') {
    return `${period.schemeYear} rates provisional: not yet published by NHSBSA. Check the Rates page.`;
  }
  return undefined;
}
