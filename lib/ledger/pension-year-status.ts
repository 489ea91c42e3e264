import { ratesOn } from '../pension';
import { adviceFor, rateBookOf, type LedgerAdvice } from './forms';
import { monthsOfSchemeYear, sentTiers, tickedTierFor, type TickedTier } from './pension-year';
import type { LedgerData } from './schemas';

/** A scheme year as Settings shows it: the estimate, the tier ticked as of its latest month so far, and the tiers to choose from. */
export type PensionYearStatus = { advice: LedgerAdvice; ticked: TickedTier; month: string; tiers: number[] };

export function pensionYearStatus(ledger: LedgerData, schemeYear: string, today: string): PensionYearStatus {
  const months = monthsOfSchemeYear(schemeYear);
  const thisMonth = today.slice(0, 7);
  // The current year is read as of this month; a year that has ended, as of its March.
  const month = months.includes(thisMonth) ? thisMonth : months.at(-1)!;
  const rates = rateBookOf(ledger);
  const advice = adviceFor(ledger, `${month}-01`);
  const ticked = tickedTierFor({
    ledger,
    month,
    rates,
    sent: sentTiers(ledger, rates),
    advised: advice.ratePercent,
    periodId: advice.ratePeriodId,
  });
  return { advice, ticked, month, tiers: ratesOn(`${month}-01`, rates) };
}
