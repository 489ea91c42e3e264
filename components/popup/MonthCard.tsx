import { daysFromTo, formatMonth, formatUkDate } from '@/lib/shared/dates';
import { formatPence } from '@/lib/shared/money';
import type { PopupMonth } from '@/lib/ledger/popup-summary';

/** "2027/28 rates projected: carried forward from 2026/27.": one line under the month, only when its figures are not yet published. */
function RatesNote({ note }: { note: string | undefined }) {
  return note ? <p class="rates-note warn">{note}</p> : null;
}

/** One month's Locum B at a glance: what to pay and by when (the tier is the popup's own line, TierLine). */
export function MonthCard({ label, summary, today }: { label: string; summary: PopupMonth; today: string }) {
  const { month, forms, submitted, ratesNote } = summary;
  if (!forms) {
    return (
      <section class="card" aria-label={`${label}: ${formatMonth(month)}`}>
        <h2>
          {label}: {formatMonth(month)}
        </h2>
        <p class="muted">No pensioned pay received in {formatMonth(month)} yet, so no Locum B is due.</p>
        <RatesNote note={ratesNote} />
      </section>
    );
  }
  const daysLeft = daysFromTo(today, forms.formB.deadline);
  return (
    <section class="card" aria-label={`${label}: ${formatMonth(month)}`}>
      <h2>
        {label}: {formatMonth(month)}
      </h2>
      <p>
        Locum B with {forms.formsA.length} Locum A{forms.formsA.length === 1 ? '' : 's'}: pay <strong>{formatPence(forms.formB.i)}</strong>{' '}
        by <strong>{formatUkDate(forms.formB.deadline)}</strong>
        {submitted ? ' (submitted)' : daysLeft >= 0 ? ` (${daysLeft === 0 ? 'today' : `${daysLeft} days`})` : ' (deadline passed)'}.
      </p>
      <RatesNote note={ratesNote} />
    </section>
  );
}
