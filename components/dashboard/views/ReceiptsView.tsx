import { useState } from 'preact/hooks';
import { formatPence, formatUkDate } from '@/lib/pension';
import type { LedgerData } from '@/lib/ledger/schemas';

/** References and amounts captured from PCSE Online confirmation pages or entered by hand, searchable. */
export function ReceiptsView({ ledger }: { ledger: LedgerData }) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const receipts = ledger.receipts.filter(
    (r) => !needle || `${r.reference} ${r.paymentReference ?? ''} ${r.evidence ?? ''}`.toLowerCase().includes(needle),
  );
  return (
    <>
      <h1>Receipts</h1>
      <label class="field">
        Search references
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {ledger.receipts.length === 0 ? (
        <p class="empty">
          No receipts yet. When you submit a Locum A or B on PCSE Online, its reference and the amount due are saved here as your proof.
        </p>
      ) : (
        <table class="card">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Reference</th>
              <th scope="col">Payment reference</th>
              <th scope="col" class="num">
                Amount
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {receipts.map((receipt) => (
              <tr key={receipt.id}>
                <td>{formatUkDate(receipt.date)}</td>
                <td>{receipt.reference}</td>
                <td>{receipt.paymentReference ?? ''}</td>
                <td class="num">{formatPence(receipt.amountPence)}</td>
                <td>{receipt.source === 'page' ? 'PCSE Online page' : 'Entered by hand'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
