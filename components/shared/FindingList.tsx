import type { Finding, Severity } from '@/lib/pension';
import { LinkedText } from './LinkedText';

const ICON: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' };

/** Findings in plain English, each linking to its source; `icons` lets a list of checks show ✓ for a check that passed. */
export function FindingList({ findings, icons = ICON }: { findings: Finding[]; icons?: Record<Severity, string> }) {
  if (findings.length === 0) return <p class="ok">✓ No problems found under the pension rules.</p>;
  return (
    <ul class="findings">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} class={`finding finding--${finding.severity}`} data-code={finding.code}>
          <span aria-hidden="true">{icons[finding.severity]} </span>
          <span class="visually-hidden">{finding.severity}: </span>
          <span>
            <LinkedText text={finding.message.replace(/ Source: \S+$/, '')} />{' '}
            <a href={finding.source} target="_blank" rel="noreferrer noopener">
              Source
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}
