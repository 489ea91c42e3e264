/** A labelled picker for one JSON file; cleared after each choice so choosing the same file again, once fixed, reads it again. */
export function JsonFileInput({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <label class="field">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
