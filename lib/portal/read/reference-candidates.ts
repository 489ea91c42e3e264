import { FORM_REFERENCE_WORDING, OTHER_REFERENCE_WORDING } from './confirmation-words';
import { FORM_REFERENCE, NOT_A_REFERENCE, PAYMENT_REFERENCE, REFERENCE_TOKEN } from './reference-shapes';
import type { VisibleLine } from './visible-text';

/** A string the page may present as the form's reference, with the page's own words beside it so a person can choose. */
export type ReferenceCandidate = { reference: string; wording: string };

type Scored = ReferenceCandidate & { score: number };

const LONGEST_LABEL = 100;

/**
 * The form references a confirmation page shows, best first. A reference labelled as one ("Your reference number") beats
 * one that only has the LA-000123 shape; one labelled as something else (an enquiry, a case, a payment, another form) is
 * never a candidate. Text in links and sidebars is masked out of `lines` by the caller: those name other forms.
 */
export function referenceCandidates(lines: VisibleLine[]): { formReference?: string; candidates: ReferenceCandidate[] } {
  const found = new Map<string, Scored>();
  for (const [i, line] of lines.entries()) {
    let clauseStart = 0;
    for (const match of line.unmasked.matchAll(REFERENCE_TOKEN)) {
      const reference = match[0];
      const at = match.index;
      const scored = score(reference, labelOf(line, lines[i - 1], clauseStart, at));
      clauseStart = at + reference.length;
      if (scored && (found.get(reference)?.score ?? -1) < scored.score) found.set(reference, { ...scored, reference });
    }
  }
  const best = Math.max(0, ...Array.from(found.values(), (candidate) => candidate.score));
  const candidates = Array.from(found.values())
    .filter((candidate) => candidate.score === best)
    .map(({ reference, wording }) => ({ reference, wording }));
  return { ...(candidates.length === 1 && { formReference: candidates[0]!.reference }), candidates };
}

/** The words just before a reference in its sentence; for a reference alone on its line, the line before (a panel's "Your reference" then the code). */
function labelOf(
  line: VisibleLine,
  previous: VisibleLine | undefined,
  clauseStart: number,
  at: number,
): { label: string; wording: string } {
  const before = line.unmasked.slice(clauseStart, at);
  const sentenceEnds = Array.from(before.matchAll(/[.!?;]\s/g), (end) => end.index + end[0].length);
  const label = before.slice(Math.max(0, ...sentenceEnds)).trim();
  if (/[\p{L}\p{N}]/u.test(label) || !previous || previous.unmasked.length > LONGEST_LABEL) return { label, wording: line.text };
  const alone =
    line.unmasked
      .slice(at)
      .replace(REFERENCE_TOKEN, '')
      .replace(/[\s.,:;()]/g, '') === '';
  return alone ? { label: previous.unmasked, wording: `${previous.text} ${line.text}` } : { label, wording: line.text };
}

function score(reference: string, { label, wording }: { label: string; wording: string }): Omit<Scored, 'reference'> | undefined {
  if (NOT_A_REFERENCE.test(reference) || /^\d{1,4}$/.test(reference) || PAYMENT_REFERENCE.test(reference)) return undefined;
  if (OTHER_REFERENCE_WORDING.test(label)) return undefined;
  const labelled = FORM_REFERENCE_WORDING.test(label);
  const shaped = new RegExp(`^${FORM_REFERENCE.source}$`).test(reference);
  if (!labelled && !shaped) return undefined;
  return { wording: wording.slice(0, 200), score: (labelled ? 2 : 0) + (shaped ? 1 : 0) };
}
