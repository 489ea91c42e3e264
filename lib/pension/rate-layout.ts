import { formatBound } from '../shared/money';
import { tiersOfEntered } from './rate-book';
import type { TierBand } from './rate-periods';
import type { EnteredRateTable } from './rate-tables';

/** One row of a tier table as NHSBSA prints it: "£13,260 to £28,854" and "6.5%". */
export type NhsbsaRow = { band: string; rate: string };

function bandText({ fromPence, toPence }: TierBand): string {
  if (toPence === null) return `${formatBound(fromPence)} and above`;
  return fromPence === 0 ? `Up to ${formatBound(toPence)}` : `${formatBound(fromPence)} to ${formatBound(toPence)}`;
}

/** A tier table in NHSBSA's own layout, so a locum can hold it beside the published one and compare line by line. */
export function nhsbsaRows(tiers: readonly TierBand[]): NhsbsaRow[] {
  return tiers.map((tier) => ({ band: bandText(tier), rate: `${tier.ratePercent}%` }));
}

/** A table the user typed, laid out as NHSBSA publishes it, to check before it is saved. */
export function enteredTableRows(table: Pick<EnteredRateTable, 'bandTopsPounds' | 'ratesPercent'>): NhsbsaRow[] {
  return nhsbsaRows(tiersOfEntered(table));
}
