import { useState } from 'preact/hooks';
import type { DetectedPage } from '@/lib/portal/detect/detect-page';
import { answeredKindFor, answerOf, choiceOf, type PageKindChoice } from '@/lib/portal/page-kind-answer';
import type { PageKindAnswer } from '@/lib/shared/records';
import { messageOf } from '@/lib/shared/message-of';
import { askBackground } from './ask-background';

type Options = { page: DetectedPage; doc: Document; onAnswered: (answer: PageKindAnswer) => void };

/** The answer being chosen (the user's earlier one, when changing it), and Save: kept for this page's fingerprint. */
export function usePageKindQuestion({ page, doc, onAnswered }: Options) {
  const earlier = page.answered ? answerOf(page.kind) : undefined;
  const [choice, setChoice] = useState<PageKindChoice | undefined>(earlier && choiceOf(earlier));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (!choice) return setError('Choose what this page is, then Save.');
    setSaving(true);
    setError('');
    try {
      const answer = { fingerprint: page.fingerprint, kind: answeredKindFor(choice, doc), heading: page.heading.slice(0, 300) };
      onAnswered(await askBackground({ type: 'portal/save-page-kind-answer', answer }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  }

  return { choice, setChoice, error, saving, save };
}
