import type { PageKind } from '@/lib/portal/recognise/concepts';
import { ANSWER_WORDS, answerOf } from '@/lib/portal/page-kind-answer';

/** One line on a page placed by the user's own answer, so a wrong answer is easy to see and to change. */
export function PageKindNote({ kind, onChange }: { kind: PageKind; onChange: () => void }) {
  const answer = answerOf(kind);
  if (!answer) return null;
  return (
    <p class="page-kind-note">
      Taken as {ANSWER_WORDS[answer]} (your answer) ·{' '}
      <button type="button" class="link" onClick={onChange}>
        Change
      </button>
    </p>
  );
}
