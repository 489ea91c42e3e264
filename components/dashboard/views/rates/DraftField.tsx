/** One input of the add form with its own problem under it: outside the label, so it is the field's description, not its name. */
export function DraftField({
  id,
  label,
  value,
  problem,
  onInput,
  wide = false,
}: {
  id: string;
  label: string;
  value: string;
  problem: string | undefined;
  onInput: (value: string) => void;
  wide?: boolean;
}) {
  const problemId = `${id}-problem`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        size={wide ? 40 : 9}
        inputMode={wide ? undefined : 'decimal'}
        autocomplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {problem && (
        <span id={problemId} class="field-problem bad">
          {problem}
        </span>
      )}
    </div>
  );
}
