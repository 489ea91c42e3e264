/** £1bn: far above any locum's pay, and low enough that pence × rate stays an exact integer in a double. */
export const MAX_PENCE = 100_000_000_000;

/** Integer division of non-negative whole numbers, rounding exact halves up (the project's convention, pension-rules.md §9.13). */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** `ratePercent` % of `pence`, half-up to the penny. Rates are held in hundredths of a percent so 14.38 never meets a float. */
export function percentOf(pence: number, ratePercent: number): number {
  const hundredths = Math.round(ratePercent * 100);
  const sign = pence < 0 ? -1 : 1;
  return sign * divideHalfUp(Math.abs(pence) * hundredths, 10_000);
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** £1,234.56 */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** A band bound as published: £13,260 for whole pounds, £15,431.99 where the table has pence. */
export function formatBound(pence: number): string {
  return pence % 100 === 0 ? wholePounds.format(pence / 100) : formatPence(pence);
}
