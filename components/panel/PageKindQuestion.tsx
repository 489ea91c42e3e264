import type { DetectedPage } from '@/lib/portal/detect/detect-page';
import { PAGE_KIND_CHOICES } from '@/lib/portal/page-kind-answer';
import type { PageKindAnswer } from '@/lib/shared/records';
import { usePageKindQuestion } from './use-page-kind-question';
import { useQuestionFocus } from './use-question-focus';

type Props = {
  page: DetectedPage;
  doc: Document;
  onAnswered: (answer: PageKindAnswer) => void;
  /** Opens the panel, for the fill shortcut. */
  openPanel: () => void;
  /** The user opened the panel themselves: the answers take focus. */
  focusFirst: boolean;
  /** Only when changing an earlier answer: keeps it. */
  onCancel?: (() => void) | undefined;
};

/** "What is this page?": one question, five answers, kept for this page so the assistant knows it next time. */
export function PageKindQuestion({ page, doc, onAnswered, openPanel, focusFirst, onCancel }: Props) {
  const { choice, setChoice, error, saving, save } = usePageKindQuestion({ page, doc, onAnswered });
  const group = useQuestionFocus(openPanel, focusFirst);
  return (
    <form class="page-kind" onSubmit={save}>
      <fieldset ref={group} aria-describedby="page-kind-hint">
        <legend>What is this page?</legend>
        <p class="hint" id="page-kind-hint">
          The assistant cannot tell which PCSE page this is. Your answer is kept for this page, on this computer, and used next time.
        </p>
        {PAGE_KIND_CHOICES.map(({ choice: value, label }) => (
          <label class="choice" key={value}>
            <input type="radio" name="page-kind" value={value} checked={choice === value} onChange={() => setChoice(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Keep my answer
          </button>
        ) : null}
      </div>
    </form>
  );
}
