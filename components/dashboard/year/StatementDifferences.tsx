import { useState } from 'preact/hooks';
import type { StatementFigures } from '@/lib/ledger/schemas';
import type { YearStatementModel } from '@/lib/ledger/year-statement';
import { unallocatedLetter } from '@/lib/ledger/year-statement-letter';

type Props = { statement: YearStatementModel; source: StatementFigures['source'] };

/** Where the locum's statement and the ledger disagree, and a ready letter to PCSE with the evidence when money is missing. */
export function StatementDifferences({ statement, source }: Props) {
  const [copied, setCopied] = useState(false);
  const letter = unallocatedLetter(statement, source);
  const id = `differences-${statement.schemeYear.replace('/', '-')}`;
  if (statement.differences.length === 0) return <p class="ok">✓ Your statement matches this ledger for every figure you typed.</p>;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>Differences from your statement</h3>
      <ul class="findings">
        {statement.differences.map((d) => (
          <li key={`${d.month ?? 'year'}-${d.figure}`} class={`finding finding--${d.missing ? 'error' : 'warning'}`}>
            {d.message}
          </li>
        ))}
      </ul>
      {letter && (
        <div class="no-print">
          <label for={`${id}-letter`}>Letter or email for PCSE</label>
          <textarea id={`${id}-letter`} class="letter" readOnly rows={14} value={letter} />
          <button
            type="button"
            class="button button--secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(letter);
              setCopied(true);
            }}
          >
            {copied ? 'Copied' : 'Copy the letter'}
          </button>
        </div>
      )}
    </section>
  );
}
