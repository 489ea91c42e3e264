import { formatUkDate, RATES_CHECKED_ON, type EnteredRateTable, type RatePeriod } from '@/lib/pension';
import { sourceLink } from './rate-status-words';

/** Where the figures come from (web addresses as links, a note as text) and when they were last checked. */
export function RateSources({ period, entered }: { period: RatePeriod; entered?: EnteredRateTable | undefined }) {
  const checkedOn = entered ? entered.enteredAt.slice(0, 10) : RATES_CHECKED_ON;
  return (
    <p class="muted">
      {period.sources.length === 1 ? 'Source' : 'Sources'}:{' '}
      {period.sources.map((source, i) => {
        const url = sourceLink(source);
        return (
          <span key={source}>
            {i > 0 && ', '}
            {url ? (
              <a href={url.href} target="_blank" rel="noreferrer noopener">
                {url.hostname}
              </a>
            ) : (
              source
            )}
          </span>
        );
      })}
      . Last checked {formatUkDate(checkedOn)}
      {entered ? ', when you entered it.' : '.'}
    </p>
  );
}
