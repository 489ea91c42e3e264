import { useEffect, useRef } from 'preact/hooks';
import type { PageKind } from '@/lib/portal/recognise/concepts';
import { ANSWER_WORDS, answerOf } from '@/lib/portal/page-kind-answer';

/**
 * One line on a page placed by the user's own answer, so a wrong answer is easy to see and to change. Just after the
 * answer it takes focus, so a keyboard or screen-reader user lands where the question was and hears what it did.
 */
export function PageKindNote({ kind, announce = false, onChange }: { kind: PageKind; announce?: boolean; onChange: () => void }) {
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (announce) note.current?.focus();
  }, []);
  const answer = answerOf(kind);
  if (!answer) return null;
  return (
    <p class="page-kind-note" ref={note} tabIndex={-1}>
      Taken as {ANSWER_WORDS[answer]} (your answer) ·{' '}
      <button type="button" class="link" onClick={onChange}>
        Change
      </button>
    </p>
  );
}
