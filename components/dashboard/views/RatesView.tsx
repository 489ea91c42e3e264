import { RATE_PERIODS, ratePeriodOn } from '@/lib/pension';
import { RateTable } from '@/components/dashboard/views/RateTable';

/** The pension rules the ledger computes with, period by period, each with its sources. */
export function RatesView({ today }: { today: string }) {
  const current = ratePeriodOn(today);
  const earlier = RATE_PERIODS.filter((period) => period.to < current.from).reverse();
  return (
    <>
      <h1>NHS pension rates for GP locum work</h1>
      <p class="lede">
        The tiers and employer rate Locum Ledger uses for your Locum A and Locum B forms, period by period, each with its public source.
      </p>
      <RateTable period={current} />
      <details class="card earlier">
        <summary>Earlier scheme years ({earlier.length})</summary>
        {earlier.map((period) => (
          <RateTable key={period.id} period={period} />
        ))}
      </details>
    </>
  );
}
