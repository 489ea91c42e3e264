import { useEffect, useState } from 'preact/hooks';
import type { Finding, PracticeMatch } from '@/lib/pension';
import type { PracticeInvoice } from '@/lib/ledger/schemas';
import { askBackground } from '@/components/panel/ask-background';
import { readLocumAReview } from '@/lib/portal/read/locum-a-summary';
import { selectedOrganisation } from '@/lib/portal/read/organisation';
import { messageOf } from '@/lib/shared/message-of';
import { FindingList } from '../shared/FindingList';
import { CopyRejectionReason } from './CopyRejectionReason';
import { LateFormGuidance } from './LateFormGuidance';
import { verdictOf, rejectionReason } from './verdict';

/** One line per check: a check that passed (info) is ticked, as the approver has always seen it. */
const CHECK_ICON = { info: '✓', warning: '⚠', error: '✗' } as const;
const VERDICT_ICON = { ok: '✓', warn: '⚠', bad: '✗' } as const;
const VERDICT_CLASS = { ok: 'ok', warn: 'warn', bad: 'error' } as const;

type Review = { findings: Finding[]; practiceMode: boolean; match: PracticeMatch<PracticeInvoice> | null };

function MatchResult({ match }: { match: PracticeMatch<PracticeInvoice> | null }) {
  if (!match) return <p class="warn">⚠ No invoice in your practice's list matches this Locum A.</p>;
  const invoice = match.invoice.reference || `from ${match.invoice.locumName}`;
  if (match.differences.length === 0) return <p class="ok">✓ Matches your invoice {invoice}.</p>;
  return (
    <>
      <p class="warn">⚠ Differs from your invoice {invoice}:</p>
      <ul class="checks">
        {match.differences.map((difference) => (
          <li key={difference}>
            {difference} <CopyRejectionReason reason={rejectionReason(difference, match.invoice.reference)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ReviewResult({ review }: { review: Review }) {
  const verdict = verdictOf(review);
  return (
    <section aria-label="Approver check" class="approver">
      <p class={`note verdict ${VERDICT_CLASS[verdict.kind]}`}>
        <strong>
          <span aria-hidden="true">{VERDICT_ICON[verdict.kind]} </span>
          {verdict.text}
        </strong>
      </p>
      {verdict.text === 'Too late to be pensioned' && <LateFormGuidance />}
      {review.practiceMode ? (
        <MatchResult match={review.match} />
      ) : (
        <p class="hint">Keep your own list of locum invoices in the dashboard (practice mode) to match each Locum A against it.</p>
      )}
      <FindingList findings={review.findings} icons={CHECK_ICON} />
      <p class="hint">You decide: the assistant never approves or rejects.</p>
    </section>
  );
}

/** On the approval review page: the practice's check of a Locum A. The approver decides; the panel never clicks Approve. */
export function ApproverPanel({ doc }: { doc: Document }) {
  const [review, setReview] = useState<Review | undefined>();
  const [error, setError] = useState('');
  const [unreadable, setUnreadable] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page is read once, when the panel opens on it.
  useEffect(() => {
    // Every layout the page may use (summary lists, tables, cards, rows) is read from its main content; the site header is not.
    const locumA = readLocumAReview(doc);
    if ('error' in locumA) return setUnreadable(locumA.error);
    const organisationText = selectedOrganisation(doc);
    askBackground({ type: 'portal/review', locumA, ...(organisationText ? { organisationText } : {}) })
      .then(setReview)
      .catch((e) => setError(messageOf(e)));
  }, []);
  if (unreadable)
    return (
      <div role="alert">
        <p class="error">{unreadable}</p>
        <p class="hint">The checks need it, so none were run: check this Locum A on the page yourself.</p>
      </div>
    );
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!review) return <p>Checking this Locum A…</p>;
  return <ReviewResult review={review} />;
}
