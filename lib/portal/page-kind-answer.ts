import type * as z from 'zod/mini';
import { AnsweredKind } from '../shared/records';
import type { PageKind } from './recognise/concepts';
import { readConfirmation } from './read/confirmation';

type Answered = z.infer<typeof AnsweredKind>;

/** The five answers "What is this page?" offers: a confirmation is one answer, whichever form it confirms. */
export const PAGE_KIND_CHOICES = [
  { choice: 'locumAForm', label: 'Locum A form' },
  { choice: 'locumBForm', label: 'Locum B form' },
  { choice: 'confirmation', label: 'Confirmation (a form was submitted)' },
  { choice: 'approvalReview', label: 'Approval review' },
  { choice: 'none', label: 'None of these' },
] as const;
export type PageKindChoice = (typeof PAGE_KIND_CHOICES)[number]['choice'];

/** How an answer reads in a sentence: "Taken as a Locum A form (your answer)". */
export const ANSWER_WORDS: Record<Answered, string> = {
  locumAForm: 'a Locum A form',
  locumBForm: 'a Locum B form',
  locumAConfirmation: 'a Locum A confirmation',
  locumBConfirmation: 'a Locum B confirmation',
  approvalReview: 'an approval review',
  none: 'none of these',
};

/**
 * Which form a page the assistant cannot place is about: a Locum B's when it shows a Locum B payment reference (SD
 * number + LOC + month + year) or its heading names the Locum B, a Locum A's otherwise. The user is not asked which.
 */
export function formShownOn(doc: Document): 'A' | 'B' {
  const read = readConfirmation(doc);
  return read?.paymentReference || read?.kind === 'B' ? 'B' : 'A';
}

/** The kind kept for a choice: a confirmation is the confirmation of the form the page shows. */
export function answeredKindFor(choice: PageKindChoice, doc: Document): Answered {
  if (choice !== 'confirmation') return choice;
  return formShownOn(doc) === 'B' ? 'locumBConfirmation' : 'locumAConfirmation';
}

/** The answer a page kind stands for, when it was the user's: "none" leaves the page unknown. */
export function answerOf(kind: PageKind): Answered | undefined {
  if (kind === 'unknown') return 'none';
  return AnsweredKind.options.find((answer) => answer === kind);
}

/** The choice an answer was made with, to show it chosen when the user changes it. */
export function choiceOf(answer: Answered): PageKindChoice {
  return answer === 'locumAConfirmation' || answer === 'locumBConfirmation' ? 'confirmation' : answer;
}
