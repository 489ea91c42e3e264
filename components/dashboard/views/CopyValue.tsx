import { useState } from 'preact/hooks';

/** A value with a button that copies it exactly as PCSE Online wants it typed. */
export function CopyValue({ label, display, value }: { label: string; display: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span class="box">
      <span>
        <span class="muted">{label}</span> <strong>{display}</strong>
      </span>
      <button
        type="button"
        aria-label={`Copy ${label}`}
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
