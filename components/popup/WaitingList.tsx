import { formatUkDate } from '@/lib/shared/dates';
import type { WaitingLocumA } from '@/lib/ledger/waiting';

/** Locum As still with the practice, or sent back: what the assistant read from PCSE's list pages. */
export function WaitingList({ waiting }: { waiting: WaitingLocumA[] }) {
  if (waiting.length === 0) return null;
  return (
    <section class="card" aria-label="Locum As waiting">
      <h2>Locum As waiting</h2>
      <ul class="limits">
        {waiting.map((a) => (
          <li key={a.reference} class={a.status === 'rejected' ? 'bad' : ''}>
            <strong>{a.reference}</strong> {a.practiceName}:{' '}
            {a.status === 'rejected'
              ? `rejected${a.reason ? `: ${a.reason}` : ''}. Correct it and submit again.`
              : `awaiting approval${a.since ? ` since ${formatUkDate(a.since)}` : ''}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}
