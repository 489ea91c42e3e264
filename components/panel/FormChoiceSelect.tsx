import type { FormChoice } from '@/lib/portal/messages';

type Props = { kind: 'locumAForm' | 'locumBForm'; choices: FormChoice[]; value: string | undefined; onChoose: (key: string) => void };

/** The ledger entry to fill from, marked when it was already submitted or filled before. */
export function FormChoiceSelect({ kind, choices, value, onChoose }: Props) {
  return (
    <label class="field">
      <span>{kind === 'locumAForm' ? 'Fill from invoice' : 'Fill for month'}</span>
      <select value={value} onChange={(e) => onChoose(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
            {c.submitted ? ` (already ${c.submitted})` : c.draftedAt ? ' (filled before, not submitted)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
