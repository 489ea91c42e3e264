import { formatUkDate, nhsbsaRows, type EnteredRateTable, type RatePeriod } from '@/lib/pension';
import { NhsbsaTable } from './NhsbsaTable';
import { RateSources } from './RateSources';
import { RateStatusBadge } from './RateStatusBadge';

/** One period's figures: how far they can be trusted, its dates, the table in NHSBSA's layout, and its sources. */
export function RatePeriodFigures({ period, entered }: { period: RatePeriod; entered?: EnteredRateTable | undefined }) {
  return (
    <div class="rate-figures">
      <RateStatusBadge period={period} entered={entered} />
      <p class="muted">
        {formatUkDate(period.from)} to {formatUkDate(period.to)}
      </p>
      <NhsbsaTable
        rows={nhsbsaRows(period.tiers)}
        employerRatePercent={period.employerRatePercent}
        label={`${period.schemeYear} tier table, ${period.status}`}
      />
      <RateSources period={period} entered={entered} />
    </div>
  );
}
