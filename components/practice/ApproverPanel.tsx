import { useEffect, useState } from 'preact/hooks';
import type { ApproverCheck } from '@/lib/pension/approver-check';
import { askBackground } from '@/components/panel/ask-background';
import type { PracticeMatch } from '@/lib/pension/practice-match';
import { locumAFromSummary } from '@/lib/portal/read/locum-a-summary';
import { selectedOrganisation } from '@/lib/portal/read/organisation';
import { readSummary } from '@/lib/portal/read/summary';
import { messageOf } from '@/lib/shared/message-of';

const ICON = { ok: '✓', warn: '⚠', fail: '✗' } as const;

type Review = { checks: ApproverCheck[]; practiceMode: boolean; match: PracticeMatch | null };

function MatchResult({ match }: { match: PracticeMatch | null }) {
  if (!match) return <p class="warn">⚠ No invoice in your practice's list matches this Locum A.</p>;
  if (match.differences.length === 0) return <p class="ok">✓ Matches your invoice {match.invoice.reference || `from ${match.invoice.locumName}`}.</p>;
  return (
    <>
      <p class="warn">⚠ Differs from your invoice {match.invoice.reference || `from ${match.invoice.locumName}`}:</p>
      <ul class="checks">{match.differences.map((difference) => <li key={difference}>{difference}</li>)}</ul>
    </>
  );
}

/** On the approval review page: the practice's check of a Locum A. The approver decides; the panel never clicks Approve. */
export function ApproverPanel({ doc }: { doc: Document }) {
  const [review, setReview] = useState<Review | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    const locumA = locumAFromSummary(readSummary(doc.querySelector('main') ?? doc.body));
    if ('error' in locumA) return setError(locumA.error);
    const organisationText = selectedOrganisation(doc);
    askBackground({ type: 'portal/review', locumA, ...(organisationText ? { organisationText } : {}) })
      .then(setReview)
      .catch((e) => setError(messageOf(e)));
  }, []);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!review) return <p>Checking this Locum A…</p>;
  return (
    <section aria-label="Approver check">
      <ul class="checks">
        {review.checks.map((check) => (
          <li key={check.code} class={`check check--${check.status}`} data-code={check.code}>
            <span aria-hidden="true">{ICON[check.status]} </span>
            {check.message}
          </li>
        ))}
      </ul>
      {review.practiceMode ? <MatchResult match={review.match} /> : <p class="hint">Keep your own list of locum invoices in the dashboard (practice mode) to match each Locum A against it.</p>}
      <p class="hint">You decide: the assistant never approves or rejects.</p>
    </section>
  );
}
