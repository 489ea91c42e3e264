import { ask } from '@/lib/ledger/client';
import { ANSWER_WORDS } from '@/lib/portal/page-kind-answer';
import { formatUkDate } from '@/lib/shared/dates';
import type { PageKindAnswer } from '@/lib/shared/records';
import { useAction } from '../../shared/use-action';

type Props = { answers: PageKindAnswer[]; onChange: () => void };

/** The user's answers to "What is this page?", each with Forget: the panel asks again on that page's next visit. */
export function PageKindAnswerList({ answers, onChange }: Props) {
  const { problem, run } = useAction(onChange);
  if (answers.length === 0) return <p class="muted">No answers to "What is this page?" yet.</p>;
  return (
    <>
      <h3 id="page-answers-heading">Your answers to "What is this page?"</h3>
      <ul aria-labelledby="page-answers-heading">
        {answers.map((answer) => {
          const page = answer.heading.trim() || 'A page without a heading';
          return (
            <li key={answer.fingerprint}>
              "{page}": taken as {ANSWER_WORDS[answer.kind]}, answered {formatUkDate(answer.answeredAt.slice(0, 10))}.{' '}
              <button
                type="button"
                class="button button--secondary"
                aria-label={`Forget your answer for "${page}"`}
                onClick={() => void run(() => ask({ type: 'page-kind-answers/forget', fingerprints: [answer.fingerprint] }))}
              >
                Forget
              </button>
            </li>
          );
        })}
      </ul>
      {problem && (
        <p role="alert" class="bad">
          {problem}
        </p>
      )}
    </>
  );
}
