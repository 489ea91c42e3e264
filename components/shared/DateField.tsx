import { useState } from 'preact/hooks';
import { dateInWords, type DateKind } from '@/lib/shared/parse-uk';
import { readDateField } from './use-date-field';
import './date-field.css';

type Props = {
  label: string;
  text: string;
  onText: (text: string) => void;
  kind: DateKind;
  today: string;
  /** The form was sent: explain a date that cannot be read even if the field was never left. */
  shown?: boolean;
  /** An empty field is refused once shown; an optional one (a date of birth) may stay empty. */
  required?: boolean;
  /** A word after the echo for some dates, e.g. that a future session is booked. */
  noteFor?: (iso: string) => string | undefined;
  class?: string;
};

let fieldCount = 0;

/**
 * A date typed as text (never the browser's date input, which reads dd/mm or mm/dd by Chrome's language) and echoed in
 * words beside it as it is typed, "Mon 30 Nov 2026", so a day and month the wrong way round show at once.
 */
export function DateField({
  label,
  text,
  onText,
  kind,
  today,
  shown = false,
  required = true,
  noteFor,
  class: className = 'field',
}: Props) {
  const [left, setLeft] = useState(false);
  const [echoId] = useState(() => `date-echo-${++fieldCount}`);
  const reading = readDateField(text, kind, today);
  const refused = !reading.ok && (shown || left) && (text.trim() !== '' || required);
  const note = reading.ok ? noteFor?.(reading.value) : undefined;
  return (
    <div class={`${className} date-field`}>
      <label>
        {label}
        <input
          inputMode="numeric"
          autocomplete="off"
          placeholder="dd/mm/yyyy"
          size={12}
          value={text}
          onInput={(e) => onText(e.currentTarget.value)}
          onBlur={() => setLeft(true)}
          aria-invalid={refused ? true : undefined}
          aria-describedby={echoId}
        />
      </label>
      <span id={echoId} class={refused ? 'date-echo bad' : 'date-echo'} aria-live="polite">
        {reading.ok ? `${dateInWords(reading.value)}${note ? ` · ${note}` : ''}` : refused ? reading.reason : ''}
      </span>
    </div>
  );
}
