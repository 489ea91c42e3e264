import { useState } from 'preact/hooks';
import { formatUkDate } from '@/lib/shared/dates';
import { parseEnteredDate, type DateKind, type Parsed } from '@/lib/shared/parse-uk';

const EMPTY: Parsed<string> = { ok: false, reason: 'Write the date as dd/mm/yyyy' };

/** What a date field's text says: the ISO date it is, or why it cannot be one, read day first whatever the browser's language. */
export function readDateField(text: string, kind: DateKind, today: string): Parsed<string> {
  return text.trim() === '' ? EMPTY : parseEnteredDate(text, kind, today);
}

/**
 * The text of one typed date and what it reads as. `shown` turns on when the form is sent, so a half-typed date is not
 * refused as it is typed, but a refused one is explained at its field once the person tries to save.
 */
export function useDateField(initial: string | undefined, kind: DateKind, today: string) {
  const [text, setText] = useState(initial ? formatUkDate(initial) : '');
  const [shown, setShown] = useState(false);
  return {
    /** What DateField needs to show this date. */
    props: { text, onText: setText, kind, today, shown },
    text,
    reading: readDateField(text, kind, today),
    show: () => setShown(true),
    /** After a save: the next entry starts from `iso` (or empty), with nothing to explain yet. */
    reset: (iso?: string) => {
      setText(iso ? formatUkDate(iso) : '');
      setShown(false);
    },
  };
}
