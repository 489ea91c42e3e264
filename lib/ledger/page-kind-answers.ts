import type { PageKindAnswer } from '../shared/records';

/**
 * The answers of an imported portal profile worth keeping: a page nobody here has answered for, or one answered here
 * earlier than in the file. Newest wins, so importing a colleague's older profile never undoes a fresher answer.
 */
export function newerAnswers(stored: readonly PageKindAnswer[], incoming: readonly PageKindAnswer[]): PageKindAnswer[] {
  const answeredAt = new Map(stored.map((answer) => [answer.fingerprint, Date.parse(answer.answeredAt)]));
  return incoming.filter((answer) => !(Date.parse(answer.answeredAt) <= (answeredAt.get(answer.fingerprint) ?? Number.NEGATIVE_INFINITY)));
}
