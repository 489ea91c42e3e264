import { useEffect, useState } from 'preact/hooks';
import { formatUkDate } from '@/lib/shared/dates';
import { formatPence } from '@/lib/shared/money';
import type { Receipt } from '@/lib/ledger/schemas';
import { askBackground } from '@/components/panel/ask-background';
import { readConfirmation } from '@/lib/portal/read/confirmation';
import { readPence } from '@/lib/portal/fill/formats';
import { visibleText } from '@/lib/portal/read/summary';
import { messageOf } from '@/lib/shared/message-of';

type Props = { doc: Document; kind: 'A' | 'B' };

function Saved({ receipt, before }: { receipt: Receipt; before: boolean }) {
  return (
    <div class="receipt" role="status">
      <p class="ok">
        ✓ Receipt {before ? 'already in your ledger' : 'saved'}: {receipt.reference}
      </p>
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
function ManualEvidence({ doc, kind, onSaved }: Props & { onSaved: (receipt: Receipt) => void }) {
  const [reference, setReference] = useState('');
  const [payment, setPayment] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState('');
  async function save(event: Event) {
    event.preventDefault();
    const amountPence = amount.trim() ? readPence(amount) : undefined;
    if (!reference.trim()) return setError('Type the reference the page shows.');
    if (amount.trim() && amountPence === undefined) return setError('Type the amount as pounds and pence, like 585.44.');
    const evidence = visibleText(doc.querySelector('main') ?? doc.body).slice(0, 20_000);
    const confirmation = {
      kind,
      formReference: reference.trim(),
      evidence,
      manual: true,
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

/** On a "form submitted" page: keeps the references, amount and the page's words as a receipt, once. */
export function ReceiptCapture({ doc, kind }: Props) {
  const [saved, setSaved] = useState<{ receipt: Receipt; before: boolean } | undefined>();
  const [unreadable, setUnreadable] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    const confirmation = readConfirmation(doc);
    if (!confirmation) return setUnreadable(true);
    askBackground({
      type: 'portal/confirmation',
      confirmation: { ...confirmation, kind: confirmation.kind ?? kind },
      pageUrl: location.href,
    })
      .then(({ receipt, alreadyKept }) => setSaved({ receipt, before: alreadyKept }))
      .catch((e) => setError(messageOf(e)));
  }, []);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (saved) return <Saved {...saved} />;
  if (unreadable) return <ManualEvidence doc={doc} kind={kind} onSaved={(receipt) => setSaved({ receipt, before: false })} />;
  return <p>Reading the confirmation…</p>;
}
