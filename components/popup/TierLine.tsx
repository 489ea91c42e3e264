import type { PopupTier } from '@/lib/ledger/popup-summary';
import { openDashboard } from './open-dashboard';

/**
 * "Tier you tick: 9.8% · estimate for the year: 12.5%", and when they differ what the locum can do: tick the estimate
 * from the next Locum B, or keep their tier and settle at year end, when PCSE collects a shortfall or refunds an
 * overpayment (pension-rules.md §5.5).
 */
export function TierLine({ tier }: { tier: PopupTier }) {
  const { ticked, estimate } = tier;
  const differs = ticked !== estimate;
  return (
    <section class="card tier-line" aria-label="Your tier">
      <p class={differs ? 'warn' : undefined}>
        Tier you tick: <strong>{ticked}%</strong> · estimate for the year: <strong>{estimate}%</strong>
      </p>
      {differs && (
        <p class="muted">
          Tick {estimate}% from your next Locum B, or keep {ticked}% and settle at year end: PCSE{' '}
          {ticked < estimate ? 'collects the shortfall' : 'refunds the overpayment'}.{' '}
          <button type="button" class="link-button" onClick={() => openDashboard('settings')}>
            Change the tier you tick
          </button>
        </p>
      )}
    </section>
  );
}
