import { FORM_REFERENCE_WORDING, NOT_FORM_REFERENCE_WORDING, OTHER_NUMBER_WORDING, PAYMENT_REFERENCE_WORDING } from './confirmation-words';
import { FORM_REFERENCE, NOT_A_REFERENCE, PAYMENT_REFERENCE, REFERENCE_TOKEN } from './reference-shapes';
import { isStatusText } from './status-words';
import type { VisibleLine } from './visible-text';

/** A string the page may present as the form's reference, with the page's own words beside it so a person can choose. */
export type ReferenceCandidate = { reference: string; wording: string };

type Scored = ReferenceCandidate & { score: number };

/** What a kind of reference looks like and how a page labels it. */
type Rule = { token: RegExp; accepts: (token: string) => boolean; names: RegExp; neverNames: RegExp; shaped: (token: string) => boolean };

const LONGEST_LABEL = 100;
const WHOLE_FORM_REFERENCE = new RegExp(`^${FORM_REFERENCE.source}$`);

const FORM: Rule = {
  token: REFERENCE_TOKEN,
  accepts: (token) => !NOT_A_REFERENCE.test(token) && !/^\d{1,4}$/.test(token) && !PAYMENT_REFERENCE.test(token),
  names: FORM_REFERENCE_WORDING,
  neverNames: new RegExp(`${NOT_FORM_REFERENCE_WORDING.source}|${OTHER_NUMBER_WORDING.source}`, 'i'),
  shaped: (token) => WHOLE_FORM_REFERENCE.test(token),
};

const PAYMENT: Rule = {
  token: new RegExp(PAYMENT_REFERENCE.source, 'gi'),
  accepts: () => true,
  names: PAYMENT_REFERENCE_WORDING,
  neverNames: OTHER_NUMBER_WORDING,
  shaped: () => true,
};

/**
 * The form references a confirmation page shows that are equally the likeliest: one means that is the form's, two or
 * more mean ask. A reference labelled as one ("Your reference number") beats one that only has the LA-000123 shape;
 * one labelled as something else (an enquiry, a case, a payment) is never a candidate. Links and sidebars are masked
 * out of `lines` by the caller: they name other forms.
 */
export function referenceCandidates(lines: VisibleLine[]): { formReference?: string; candidates: ReferenceCandidate[] } {
  const found = scored(lines, FORM);
  const best = Math.max(...found.map((candidate) => candidate.score));
  const candidates = found.filter((candidate) => candidate.score === best).map(({ reference, wording }) => ({ reference, wording }));
  return { ...(candidates.length === 1 && { formReference: candidates[0]!.reference }), candidates };
}

/** The payment reference the page labels as one, else the first shown; with and without PCSE's -01 suffix both shown, the suffixed one. */
export function paymentReferenceIn(lines: VisibleLine[]): string | undefined {
  const found = scored(lines, PAYMENT).map((candidate) => ({ ...candidate, reference: candidate.reference.toUpperCase() }));
  const best = found.find((candidate) => candidate.score === Math.max(...found.map(({ score }) => score)))?.reference;
  return best && (found.find(({ reference }) => reference.startsWith(best) && /-\d{2}$/.test(reference))?.reference ?? best);
}

/** Each reference once, in page order, with its best score. */
function scored(lines: VisibleLine[], rule: Rule): Scored[] {
  const found = new Map<string, Scored>();
  for (const [i, line] of lines.entries()) {
    let clauseStart = 0;
    for (const match of line.unmasked.matchAll(rule.token)) {
      const reference = match[0];
      const end = match.index + reference.length;
      const { label, wording } = labelOf(line, lines[i - 1], clauseStart, match.index);
      clauseStart = end;
      const labelled = rule.names.test(label);
      if (!rule.accepts(reference) || rule.neverNames.test(label) || !(labelled || rule.shaped(reference))) continue;
      // "LA-004577: Rejected." is a notice about a form, more likely another form than the one just sent.
      const score = (labelled ? 2 : 1) - (statusFollows(line.unmasked.slice(end)) ? 1 : 0);
      if ((found.get(reference)?.score ?? -1) < score) found.set(reference, { reference, wording: wording.slice(0, 200), score });
    }
  }
  return Array.from(found.values());
}

function statusFollows(rest: string): boolean {
  const status = /^\s*[:–—-]\s*([^.;]{1,40})/.exec(rest)?.[1];
  return status !== undefined && isStatusText(status);
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
