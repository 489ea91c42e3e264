import { monthlyForms, SENT, type MonthForms } from './forms';
import type { LedgerData, Practice } from './schemas';
import { openTenWeekLimits, type OpenLimit } from './ten-week';
import { waitingLocumAs, type WaitingLocumA } from './waiting';
import { previousMonth } from '../shared/today';

type PopupMonth = { month: string; forms?: MonthForms; submitted: boolean };

/** Everything the popup shows, worked out where the ledger lives: the popup gets two months, not a career of sessions. */
export type PopupSummary = {
  thisMonth: PopupMonth;
  lastMonth: PopupMonth;
  tenWeek: OpenLimit[];
  waiting: WaitingLocumA[];
  practices: Practice[];
};

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
  const monthOf = (month: string): PopupMonth => {
    const forms = months.find((m) => m.month === month);
    const submitted = ledger.submissions.some((s) => s.kind === 'B' && s.month === month && SENT.has(s.status));
    return { month, submitted, ...(forms ? { forms } : {}) };
  };
  return {
    thisMonth: monthOf(thisMonth),
    lastMonth: monthOf(lastMonth),
    tenWeek: openTenWeekLimits(ledger, today),
    waiting: waitingLocumAs(ledger),
    practices: ledger.practices,
  };
}
