import { ratesOn, schemeYearOf, type RateBook } from '../pension';
import type { LedgerData, OtherRole, Submission } from './schemas';

/*
 * The scheme year as the locum lives it: the roles they hold besides locum work, and the tier they actually tick on
 * each Locum B. Both come from Settings → Your pension year; ledgers from before it keep working through fallbacks.
 */

/** The other practitioner roles of a scheme year: the year's own list once saved, else the profile's (older ledgers). */
export function rolesForYear(ledger: LedgerData, schemeYear: string): OtherRole[] {
  return ledger.settings.pensionYears?.[schemeYear]?.otherRoles ?? ledger.profile?.otherRoles ?? [];
}

/** Where a month's ticked tier came from, so Settings can say why it shows what it shows. */
export type TickedTier = { ratePercent: number; from: 'settings' | 'sent' | 'advised'; month?: string };

/** Statuses of a submission that has reached PCSE. */
export const SENT = new Set(['submitted', 'approved', 'paid']);

/**
 * The tier on a sent Locum B: its ratePercent, else box b ÷ box a matched to a tier of that month (older records kept
 * only the amounts). Undefined when neither says.
 */
function tierOnSubmission(submission: Submission, rates: RateBook): number | undefined {
  if (submission.ratePercent !== undefined) return submission.ratePercent;
  const { a, b } = submission.amounts;
  if (!a || b === undefined) return undefined;
  const percent = (b / a) * 100;
  return ratesOn(`${submission.month}-01`, rates).find((rate) => Math.abs(rate - percent) < 0.05);
}

/** Each month's tier as sent to PCSE, from its latest sent Locum B: indexed once for all months. */
export function sentTiers(ledger: LedgerData, rates: RateBook): Map<string, number> {
  const latest = new Map<string, Submission>();
  for (const s of ledger.submissions) {
    if (s.kind !== 'B' || !SENT.has(s.status)) continue;
    const seen = latest.get(s.month);
    if (!seen || seen.updatedAt < s.updatedAt) latest.set(s.month, s);
  }
  const tiers = new Map<string, number>();
  for (const [month, submission] of latest) {
    const tier = tierOnSubmission(submission, rates);
    if (tier !== undefined) tiers.set(month, tier);
  }
  return tiers;
}

/** The latest entry at or before `month` among months of the same scheme year. */
function latestUpTo(byMonth: Iterable<[string, number]>, month: string): [string, number] | undefined {
  const year = schemeYearOf(`${month}-01`);
  let found: [string, number] | undefined;
  for (const [from, rate] of byMonth) {
    if (from > month || schemeYearOf(`${from}-01`) !== year) continue;
    if (!found || from > found[0]) found = [from, rate];
  }
  return found;
}

type TickedInput = { ledger: LedgerData; month: string; rates: RateBook; sent: Map<string, number>; advised: number; periodId: string };

/**
 * The tier ticked on a month's Locum B: what the locum set in Settings from that month or earlier in the year; else
 * the older per-period choice; else the one on the last Locum B sent in the year up to this month; else the advised
 * one. A tier that is not in the month's table (a mistyped or old choice) is passed over.
 */
export function tickedTierFor({ ledger, month, rates, sent, advised, periodId }: TickedInput): TickedTier {
  const valid = (rate: number | undefined) => rate !== undefined && ratesOn(`${month}-01`, rates).includes(rate);
  const settings = ledger.settings.pensionYears?.[schemeYearOf(`${month}-01`)]?.tickedFrom;
  const set = settings ? latestUpTo(Object.entries(settings), month) : undefined;
  if (set && valid(set[1])) return { ratePercent: set[1], from: 'settings', month: set[0] };
  const older = ledger.settings.chosenRates?.[periodId];
  if (valid(older)) return { ratePercent: older!, from: 'settings' };
  const last = latestUpTo(sent, month);
  if (last && valid(last[1])) return { ratePercent: last[1], from: 'sent', month: last[0] };
  return { ratePercent: advised, from: 'advised' };
}

/** The scheme years Settings offers: the current one first, then every year with recorded work, newest first. */
export function pensionYearsToShow(ledger: LedgerData, today: string): string[] {
  const worked = new Set(ledger.sessions.map((session) => schemeYearOf(session.dateWorked)));
  const current = schemeYearOf(today);
  return [
    current,
    ...[...worked]
      .filter((year) => year !== current)
      .sort()
      .reverse(),
  ];
}

/** The twelve months of a scheme year, April to March: 2026/27 → 2026-04 … 2027-03. */
export function monthsOfSchemeYear(schemeYear: string): string[] {
  const first = Number(schemeYear.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    return `${i < 9 ? first : first + 1}-${String(month).padStart(2, '0')}`;
  });
}
