import { formatUkDate } from '@/lib/shared/dates';
import type { OpenLimit } from '@/lib/ledger/ten-week';

/** The next 10-week limits, worst first: work past its limit can never be pensioned. */
export function TenWeekList({ limits }: { limits: OpenLimit[] }) {
  return (
    <section class="card" aria-label="10-week limits">
      <h2>10-week limits</h2>
      {limits.length === 0 ? (
        <p class="muted">Every pensioned session is on a submitted Locum A.</p>
      ) : (
        <ul class="limits">
          {limits.slice(0, 4).map((limit) => (
            <li key={limit.practiceName} class={limit.daysLeft < 0 ? 'bad' : limit.daysLeft <= 14 ? 'warn' : ''}>
              <strong>{limit.daysLeft < 0 ? 'Passed' : `${limit.daysLeft} days`}</strong> {limit.practiceName}: work from{' '}
              {formatUkDate(limit.firstDayWorked)}, Locum A by {formatUkDate(limit.limit)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
