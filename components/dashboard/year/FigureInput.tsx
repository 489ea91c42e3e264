import { fieldKey, type FigureField } from './statement-figures-text';

type Props = {
  row: string;
  field: FigureField;
  label: string;
  form: { texts: Record<string, string>; problems: Record<string, string>; setText: (key: string, text: string) => void };
};

/** One amount from the statement, with its problem beside it: what was typed stays until it is fixed. */
export function FigureInput({ row, field, label, form }: Props) {
  const key = fieldKey(row, field);
  const problem = form.problems[key];
  const id = `figure-${key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <td>
      <input
        type="text"
        inputMode="decimal"
        size={10}
        aria-label={label}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        value={form.texts[key] ?? ''}
        onInput={(e) => form.setText(key, e.currentTarget.value)}
      />
      {problem && (
        <span id={`${id}-problem`} class="field-problem field-problem--error">
          ✗ {problem}
        </span>
      )}
    </td>
  );
}
