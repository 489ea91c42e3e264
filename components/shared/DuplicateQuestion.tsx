import { useEffect, useRef } from 'preact/hooks';

/** "You already have … — add another?" with the two answers; the safe one (Cancel) takes focus, so Enter never adds a double. */
export function DuplicateQuestion({ question, onAnswer }: { question: string | null; onAnswer: (yes: boolean) => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), [question]);
  if (!question) return null;
  return (
    <div role="alertdialog" aria-label="Possible duplicate" aria-describedby="duplicate-question" class="duplicate-question">
      <p id="duplicate-question">{question}</p>
      <button type="button" class="button" onClick={() => onAnswer(true)}>
        Add another
      </button>{' '}
      <button type="button" class="button button--secondary" ref={cancel} onClick={() => onAnswer(false)}>
        Cancel
      </button>
    </div>
  );
}
