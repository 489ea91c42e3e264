import '@/components/styles/base.css';
import './dashboard.css';
import { RATE_PERIODS, ratePeriodOn } from '@/lib/pension';
import { todayInEngland } from '@/lib/today';
import { RateTable } from '@/components/rates/RateTable';

/** The full-page workbench. This release shows the pension rules the ledger will compute with. */
export function Dashboard({ today = todayInEngland() }: { today?: string }) {
  const current = ratePeriodOn(today);
  const earlier = RATE_PERIODS.filter((period) => period.to < current.from).reverse();
  return (
    <>
      <header class="masthead">
        <div class="masthead__inner">
          <span class="masthead__name">Locum Ledger</span>
          <span class="masthead__note">Everything stays on this computer.</span>
        </div>
      </header>
      <main class="page">
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
      </main>
    </>
  );
}
