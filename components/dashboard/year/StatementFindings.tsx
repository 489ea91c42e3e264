import type { FindingSummary } from '@/lib/ledger/year-statement-findings';

/** The year's problems, one line per kind with how many and what to do; each month's detail is on the Months view. */
export function StatementFindings({ findings }: { findings: FindingSummary[] }) {
  if (findings.length === 0) return <p class="ok">✓ No problems found under the pension rules.</p>;
  return (
    <>
      <h3>Problems in the year, and what to do</h3>
      <ul class="findings">
        {findings.map((f) => (
          <li key={f.code} class={`finding finding--${f.severity}`} data-code={f.code}>
            <strong>{f.count === 1 ? 'Once' : `${f.count} times`}:</strong> {f.action}{' '}
            <a href={f.source} target="_blank" rel="noreferrer noopener">
              Source
            </a>
          </li>
        ))}
      </ul>
      <p class="muted no-print">
        Each month’s detail is on <a href="#months">Months</a>.
      </p>
    </>
  );
}
