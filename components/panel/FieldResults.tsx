import type { FieldResult, FieldStatus } from '@/lib/portal/fill/values';

const MARK: Record<FieldStatus, { icon: string; tone: string; words: string }> = {
  filled: { icon: '✓', tone: 'ok', words: 'filled and verified' },
  matches: { icon: '✓', tone: 'ok', words: 'portal agrees' },
  differs: { icon: '⚠', tone: 'warn', words: 'differs' },
  'not-filled': { icon: '✗', tone: 'bad', words: 'not filled' },
  'not-found': { icon: '✗', tone: 'bad', words: 'not found' },
  ambiguous: { icon: '✗', tone: 'bad', words: 'ambiguous' },
  unknown: { icon: '✗', tone: 'bad', words: 'not recognised' },
  disabled: { icon: '✗', tone: 'bad', words: 'cannot be chosen' },
  yours: { icon: '•', tone: 'plain', words: 'left for you' },
  'left-alone': { icon: '–', tone: 'plain', words: 'left alone' },
};

/** After Fill: every field, what happened to it, and why when it was not filled. */
export function FieldResults({ results }: { results: FieldResult[] }) {
  const counts = results.reduce(
    (sum, r) => ({ ...sum, [MARK[r.status].tone]: (sum[MARK[r.status].tone] ?? 0) + 1 }),
    {} as Record<string, number>,
  );
  return (
    <section aria-label="Fill results">
      <p class="summary" role="status">
        {counts.ok ?? 0} verified · {counts.warn ?? 0} to check · {counts.bad ?? 0} not filled
      </p>
      <ul class="results">
        {results.map((result, i) => (
          <li key={i} class={`result result--${MARK[result.status].tone}`} data-status={result.status} data-concept={result.conceptId}>
            <span class="result__icon" aria-hidden="true">
              {MARK[result.status].icon}
            </span>
            <span class="result__name">{result.name}</span>
            <span class="visually-hidden">: {MARK[result.status].words}</span>
            {result.status === 'filled' || result.status === 'matches' ? <span class="result__value">{result.actual}</span> : null}
            {result.note ? <span class="result__note">{result.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
