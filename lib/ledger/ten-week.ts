import { daysFromTo, tenWeekLimit } from '../pension';
import { pensionable, SENT } from './forms';
import type { LedgerData } from './schemas';

export type OpenLimit = { practiceName: string; firstDayWorked: string; limit: string; daysLeft: number };

/**
 * For each practice, the earliest pensioned day not yet on a submitted Locum A, and its 10-week limit,
 * worst first. Counted from each day worked, so the warning comes before the stricter PCSE reading bites.
 */
export function openTenWeekLimits(ledger: LedgerData, today: string): OpenLimit[] {
  const sentInvoices = new Set(
    ledger.submissions.filter((s) => s.kind === 'A' && SENT.has(s.status) && s.invoiceId).map((s) => s.invoiceId),
  );
  const earliest = new Map<string, string>();
  for (const session of ledger.sessions) {
    if (!pensionable(session) || (session.invoiceId && sentInvoices.has(session.invoiceId))) continue;
    const current = earliest.get(session.practiceId);
    if (!current || session.dateWorked < current) earliest.set(session.practiceId, session.dateWorked);
  }
  const names = new Map(ledger.practices.map((practice) => [practice.id, practice.name]));
  return [...earliest.entries()]
    .map(([practiceId, firstDayWorked]) => {
      const limit = tenWeekLimit(firstDayWorked);
      return { practiceName: names.get(practiceId) ?? 'Unknown practice', firstDayWorked, limit, daysLeft: daysFromTo(today, limit) };
    })
    .sort((x, y) => x.daysLeft - y.daysLeft);
}
