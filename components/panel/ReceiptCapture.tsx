import { useEffect, useState } from 'preact/hooks';
import { formatUkDate } from '@/lib/shared/dates';
import { formatPence } from '@/lib/shared/money';
import type { Receipt } from '@/lib/ledger/schemas';
import { askBackground } from '@/components/panel/ask-background';
import { type Confirmation, readConfirmation } from '@/lib/portal/read/confirmation';
import { type ConfirmationEvidence, confirmationEvidence } from '@/lib/portal/read/confirmation-evidence';
import { readPence } from '@/lib/portal/fill/formats';
import { mainOf } from '@/lib/portal/read/page-root';
import { visibleText } from '@/lib/portal/read/visible-text';
import { messageOf } from '@/lib/shared/message-of';

/** evidenceOnly: saved from a page not taken for a confirmation, so no form is marked submitted by it. */
type Props = { doc: Document; kind: 'A' | 'B'; evidenceOnly?: boolean };

function Saved({ receipt, before, evidenceOnly }: { receipt: Receipt; before: boolean; evidenceOnly?: boolean }) {
  return (
    <div class="receipt" role="status">
      <p class="ok">
        ✓ {evidenceOnly && !before ? 'Saved as evidence' : `Receipt ${before ? 'already in your ledger' : 'saved'}`}: {receipt.reference}
      </p>
      {evidenceOnly && !before ? <p class="hint">No form in your ledger was marked as submitted by it.</p> : null}
      <dl>
        {receipt.paymentReference ? (
          <>
            <dt>Payment reference</dt>
            <dd>{receipt.paymentReference}</dd>
            <dt>For a bank transfer (BACS)</dt>
            <dd>{receipt.bacsReference}</dd>
          </>
        ) : null}
        <dt>Amount</dt>
        <dd>{formatPence(receipt.amountPence)}</dd>
        <dt>Date</dt>
        <dd>{formatUkDate(receipt.date)}</dd>
      </dl>
    </div>
  );
}

/** Keeps the confirmation as evidence typed in by hand, when the page could not be read. */
function ManualEvidence({ doc, kind, evidenceOnly, onSaved }: Props & { onSaved: (receipt: Receipt) => void }) {
  const [reference, setReference] = useState('');
  const [payment, setPayment] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState('');
  async function save(event: Event) {
    event.preventDefault();
    const amountPence = amount.trim() ? readPence(amount) : undefined;
    if (!reference.trim()) return setError('Type the reference the page shows.');
    if (amount.trim() && amountPence === undefined) return setError('Type the amount as pounds and pence, like 585.44.');
    const evidence = visibleText(mainOf(doc) ?? doc.body).slice(0, 20_000);
    const confirmation = {
      kind,
      formReference: reference.trim(),
      evidence,
      manual: true,
      ...(evidenceOnly ? { evidenceOnly } : {}),
      ...(payment.trim() ? { paymentReference: payment.trim() } : {}),
      ...(amountPence !== undefined ? { amountPence } : {}),
    };
    try {
      onSaved((await askBackground({ type: 'portal/confirmation', confirmation, pageUrl: location.href })).receipt);
    } catch (e) {
      setError(messageOf(e));
    }
  }
  return (
    <form class="manual" onSubmit={save}>
      <p>The assistant could not find a reference on this page. Save this page as evidence, with what it shows:</p>
      <label class="field">
        <span>Reference</span>
        <input value={reference} onInput={(e) => setReference(e.currentTarget.value)} />
      </label>
      {kind === 'B' ? (
        <label class="field">
          <span>Payment reference</span>
          <input value={payment} onInput={(e) => setPayment(e.currentTarget.value)} />
        </label>
      ) : null}
      <label class="field">
        <span>Amount (£, optional)</span>
        <input inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="primary">
        Save this page as evidence
      </button>
    </form>
  );
}

/** The page shows two or more strings that could each be the form's reference: the person says which, seeing the page's words beside each. */
function ChooseReference({ evidence, onChosen }: { evidence: ConfirmationEvidence; onChosen: (reference: string | undefined) => void }) {
  // null: nothing picked yet; '' : "none of these".
  const [chosen, setChosen] = useState<string | null>(null);
  function keep(event: Event) {
    event.preventDefault();
    if (chosen !== null) onChosen(chosen || undefined);
  }
  return (
    <form class="manual" onSubmit={keep}>
      <fieldset>
        <legend>This page shows more than one reference. Which one is this form's reference?</legend>
        {evidence.candidates.map(({ reference, wording }) => (
          <label class="field" key={reference}>
            <input type="radio" name="form-reference" value={reference} onChange={() => setChosen(reference)} />{' '}
            <strong>{reference}</strong>, where the page says: “{wording}”
          </label>
        ))}
        <label class="field">
          <input type="radio" name="form-reference" value="" onChange={() => setChosen('')} /> None of these
        </label>
      </fieldset>
      <button type="submit" class="primary" disabled={chosen === null}>
        Keep this reference
      </button>
    </form>
  );
}

/** On a "form submitted" page: keeps the references, amount and the page's words as a receipt, once. */
export function ReceiptCapture({ doc, kind, evidenceOnly }: Props) {
  const [saved, setSaved] = useState<{ receipt: Receipt; before: boolean } | undefined>();
  const [ambiguous, setAmbiguous] = useState<ConfirmationEvidence | undefined>();
  const [unreadable, setUnreadable] = useState(false);
  const [error, setError] = useState('');
  function keep(confirmation: Confirmation | null) {
    setAmbiguous(undefined);
    if (!confirmation) return setUnreadable(true);
    askBackground({
      type: 'portal/confirmation',
      confirmation: { ...confirmation, kind: confirmation.kind ?? kind, ...(evidenceOnly ? { evidenceOnly } : {}) },
      pageUrl: location.href,
    })
      .then(({ receipt, alreadyKept }) => setSaved({ receipt, before: alreadyKept }))
      .catch((e) => setError(messageOf(e)));
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page is read once, when the panel opens on it.
  useEffect(() => {
    const evidence = confirmationEvidence(doc);
    if (!evidence.formReference && evidence.candidates.length > 1) return setAmbiguous(evidence);
    keep(readConfirmation(doc, evidence));
  }, []);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (saved) return <Saved {...saved} evidenceOnly={evidenceOnly} />;
  if (unreadable)
    return <ManualEvidence doc={doc} kind={kind} evidenceOnly={evidenceOnly} onSaved={(receipt) => setSaved({ receipt, before: false })} />;
  if (ambiguous)
    return (
      <ChooseReference evidence={ambiguous} onChosen={(formReference) => keep(readConfirmation(doc, { ...ambiguous, formReference }))} />
    );
  return <p>Reading the confirmation…</p>;
}
