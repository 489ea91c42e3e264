import { formatPence, formatUkDate, type RatePeriod } from '@/lib/pension';

function bandLabel(fromPence: number, toPence: number | null, bandUnit: RatePeriod['bandUnit']): string {
  const show = (pence: number) => (bandUnit === 'pound' ? formatPence(pence).replace(/\.00$/, '') : formatPence(pence));
  if (toPence === null) return `${show(fromPence)} and over`;
  return fromPence === 0 ? `Up to ${show(toPence)}` : `${show(fromPence)} to ${show(toPence)}`;
}

/** The member tiers and employer rate of one rate period, with its status and sources. */
export function RateTable({ period }: { period: RatePeriod }) {
  return (
    <section class="card" aria-labelledby={`rates-${period.id}`}>
      <h2 id={`rates-${period.id}`}>
        Scheme year {period.schemeYear}{' '}
        <span class={`tag tag--${period.status}`}>{period.status === 'confirmed' ? 'Confirmed' : 'Not yet confirmed'}</span>
      </h2>
      <p class="muted">
        {formatUkDate(period.from)} to {formatUkDate(period.to)}. Employer contribution you collect from practices:{' '}
        <strong>{period.employerRatePercent}%</strong> of pensionable pay.
      </p>
      <table>
        <caption class="muted" style="text-align:left">
          Tiered employee contribution rates, by annualised pensionable pay from all GP work
        </caption>
        <thead>
          <tr>
            <th scope="col">Annualised pensionable pay</th>
            <th scope="col" class="num">
              Your rate
            </th>
          </tr>
        </thead>
        <tbody>
          {period.tiers.map((tier) => (
            <tr key={tier.fromPence}>
              <td>{bandLabel(tier.fromPence, tier.toPence, period.bandUnit)}</td>
              <td class="num">{tier.ratePercent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{period.note}</p>
      <p class="muted">
        Sources:{' '}
        {period.sources.map((url, i) => (
          <span key={url}>
            {i > 0 && ', '}
            <a href={url} target="_blank" rel="noreferrer noopener">
              {new URL(url).hostname}
            </a>
          </span>
        ))}
      </p>
    </section>
  );
}
