import * as z from 'zod/mini';
import { parseInput } from './errors';
import { BUILT_IN_RATES, ratePeriodCovering, ratePeriodOn, type RateBook } from './rate-book';
import type { RatePeriod, TierBand } from './rate-periods';
import { IsoDate, Pence } from './schemas';

export type Tier = { ratePercent: number; fromPence: number; toPence: number | null };

/** Whole-pound tables are looked up on the figure truncated to pounds, so £26,831.99 sits in a band ending £26,831 (pension-rules.md §1.4). */
export function bandFor(tiers: readonly TierBand[], bandUnit: 'penny' | 'pound', pence: number): Tier {
  const value = bandUnit === 'pound' ? pence - (pence % 100) : pence;
  const band = tiers.find((t) => value >= t.fromPence && (t.toPence === null || value <= t.toPence))!;
  return { ratePercent: band.ratePercent, fromPence: band.fromPence, toPence: band.toPence };
}

const TierForInput = z.object({ annualPensionablePayPence: Pence, date: IsoDate });

/** The member contribution tier for an annual (annualised) pensionable pay, under the table in force on `date`. */
export function tierFor(annualPensionablePayPence: number, date: string, rates: RateBook = BUILT_IN_RATES): Tier {
  const input = parseInput(TierForInput, { annualPensionablePayPence, date }, 'tierFor');
  const period = ratePeriodCovering(input.date, rates);
  return bandFor(period.tiers, period.bandUnit, input.annualPensionablePayPence);
}

/** The rates a locum may tick on the Form B of `date`'s period. */
export function ratesOn(date: string, rates: RateBook = BUILT_IN_RATES): number[] {
  return ratesOf(ratePeriodOn(date, rates));
}

export function ratesOf(period: RatePeriod): number[] {
  return period.tiers.map((t) => t.ratePercent);
}
