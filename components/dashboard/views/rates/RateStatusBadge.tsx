import type { EnteredRateTable, RatePeriod } from '@/lib/pension';
import { rateStatusWords } from './rate-status-words';

/** "Projected" in its colour, then what that means for these figures. */
export function RateStatusBadge({ period, entered }: { period: RatePeriod; entered?: EnteredRateTable | undefined }) {
  const { label, meaning } = rateStatusWords(period, entered);
  return (
    <p class="rate-status">
      <span class={`tag tag--${period.status}`}>{label}</span> {meaning}
    </p>
  );
}
