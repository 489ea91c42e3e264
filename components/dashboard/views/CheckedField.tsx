import type { Finding } from '@/lib/pension';

type Props = {
  id: string;
  label: string;
  value: string;
  problem: Finding | undefined;
  onInput: (value: string) => void;
  placeholder?: string;
  size?: number;
};

/** A text field that shows its rule problem under it, in the findings' own words, tied to the input by aria-describedby. */
export function CheckedField({ id, label, value, problem, onInput, placeholder, size }: Props) {
  const problemId = `${id}-problem`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        size={size}
        placeholder={placeholder}
        aria-invalid={problem?.severity === 'error' ? 'true' : undefined}
        aria-describedby={problem ? problemId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {problem && <FieldProblemText id={problemId} problem={problem} />}
    </div>
  );
}

function FieldProblemText({ id, problem }: { id: string; problem: Finding }) {
  return (
    <span id={id} class={`field-problem field-problem--${problem.severity}`}>
      {problem.severity === 'error' ? '✗ ' : '⚠ '}
      {problem.message.replace(/ Source: \S+$/, '')}{' '}
      <a href={problem.source} target="_blank" rel="noreferrer noopener">
        Source
      </a>
    </span>
  );
}
