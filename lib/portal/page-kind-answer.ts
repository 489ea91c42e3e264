import type * as z from 'zod/mini';
import type { AnsweredKind } from '../shared/records';

type Answered = z.infer<typeof AnsweredKind>;

/** How an answer reads in a sentence: "Taken as a Locum A form (your answer)". */
export const ANSWER_WORDS: Record<Answered, string> = {
  locumAForm: 'a Locum A form',
  locumBForm: 'a Locum B form',
  locumAConfirmation: 'a Locum A confirmation',
  locumBConfirmation: 'a Locum B confirmation',
  approvalReview: 'an approval review',
  none: 'none of these',
};
