import type { RatePeriod } from '@/lib/pension';

/** What a month's figures rest on, in words, when it is not a primary source; nothing for confirmed rates. */
function rateStatusText(period: RatePeriod): string | null {
  switch (period.status) {
    case 'confirmed':
      return null;
    case 'provisional':
      return `${period.schemeYear} rates are provisional: from secondary sources and the published uprating rule.`;
    case 'projected':
      return `${period.schemeYear} rates are projected: ${period.projectedFrom}'s carried forward, as nothing is published yet.`;
    case 'entered':
      return `${period.schemeYear} rates are the table you entered.`;
  }
}

/** One line under a month: how far its rates can be trusted, and where to bring the published table. */
export function RateStatusNote({ period, ratesLink }: { period: RatePeriod; ratesLink: string }) {
  const text = rateStatusText(period);
  if (!text) return null;
  return (
    <p class={`rate-status rate-status--${period.status}`} data-rate-status={period.status}>
      {text}
      {period.status !== 'entered' && (
        <>
          {' '}
          Check them on the <a href={ratesLink}>Rates page</a>.
        </>
      )}
    </p>
  );
}
