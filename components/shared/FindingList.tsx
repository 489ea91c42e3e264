import type { Finding } from '@/lib/pension';

const ICON = { error: '✗', warning: '⚠', info: 'ℹ' } as const;

/** Findings in plain English, each linking to its source. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p class="ok">✓ No problems found under the pension rules.</p>;
  return (
    <ul class="findings">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} class={`finding finding--${finding.severity}`}>
          <span aria-hidden="true">{ICON[finding.severity]} </span>
          <span class="visually-hidden">{finding.severity}: </span>
          {finding.message.replace(/ Source: \S+$/, '')}{' '}
          <a href={finding.source} target="_blank" rel="noreferrer noopener">
            Source
          </a>
        </li>
      ))}
    </ul>
  );
}
