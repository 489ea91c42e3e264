import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** A tier that differs from the advised one is corrected at year end, and arrears are due at once (pension-rules.md §5.5). */
export function checkTier({ input }: CheckContext): Finding[] {
  const chosen = input.chosenRatePercent ?? input.formB?.ratePercent;
  const advised = input.advisedRatePercent;
  if (chosen === undefined || advised === undefined || chosen === advised) return [];
  const consequence =
    chosen < advised
      ? 'You would underpay; PCSE collects the shortfall at year end, in full and at once.'
      : 'You would overpay; the excess is only refunded after the year-end reconciliation.';
  return [
    finding(
      'TIER_MISMATCH',
      `you chose ${chosen}% but your annualised pensionable pay from all GP work points to ${advised}%. ${consequence}`,
      'ratePercent',
    ),
  ];
}
