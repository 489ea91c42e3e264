import { formatPence } from '@/lib/pension';

/** Box 5c in words: owed to NHS England, refunded, or under £1 either way and so neither. */
export function box5cText(pence: number, withinTolerance: boolean): string {
  if (withinTolerance) return `${formatPence(pence)}: within £1, nothing to pay or refund`;
  return pence > 0 ? `${formatPence(pence)} owed to NHS England` : `${formatPence(-pence)} to be refunded to you`;
}
