import { AMOUNT_WORDING, SUBMITTED_WORDING } from './confirmation-words';
import { mainOf } from './page-root';
import { paymentReferenceIn, type ReferenceCandidate, referenceCandidates } from './reference-candidates';
import { penceIn } from './summary';
import { type VisibleLine, visibleLines } from './visible-text';

/** What a page shows that a "form submitted" page shows. */
export type ConfirmationEvidence = {
  /** The reference the page presents as the form's own; absent when none is shown, or when `candidates` holds two or more. */
  formReference?: string;
  /** A unique payment reference (12345678LOCMAR2025-01), as shown. */
  paymentReference?: string;
  /** The amount due, labelled as such ("Amount due", "Total to pay"). */
  amountPence?: number;
  /** Words such as "has been submitted", "we have received", "has been sent". */
  submittedWording: boolean;
  /** The equally likely form references with the page's words beside each: two or more means ask the person which. */
  candidates: ReferenceCandidate[];
};

/**
 * How far a page looks like a confirmation, from what it contains rather than its heading, for the page-kind detector
 * and the receipt. Read only and cheap: one walk of the main region's text, no DOM writes, no layout (well under 1 ms on
 * a normal page). Links, navigation, sidebars and "recent forms" sections are read past: their references are other forms'.
 */
export function confirmationEvidence(doc: Document): ConfirmationEvidence {
  const root = mainOf(doc);
  const lines = root ? visibleLines([root], elsewhere) : [];
  const paymentReference = paymentReferenceIn(lines);
  const amountPence = amountIn(lines);
  return {
    ...referenceCandidates(lines),
    ...(paymentReference && { paymentReference }),
    ...(amountPence !== undefined && { amountPence }),
    submittedWording: lines.some((line) => SUBMITTED_WORDING.test(line.unmasked) || ENDS_SUBMITTED.test(line.unmasked)),
  };
}

/**
 * A heading or sentence ending in what happened ("Monthly return submitted", "Submission received"); a lone column
 * heading, "Date submitted", or a list's row or status ("Status: Submitted", "LA-000124 Submitted") is not one.
 */
const ENDS_SUBMITTED = /^(?!date\b|when\b|status\b|progress\b|[A-Z]{1,5}[-/]\d)\S.*\s(?:submitted|sent|received|completed?)[.!]?$/i;

const ELSEWHERE =
  'a[href], nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [class*="sidebar" i], [class*="side-bar" i]';
const OTHER_FORMS_HEADING = /\b(?:recent|previous|other|related|your)\b.*\bforms?\b|\bhistory\b/i;

/** Links and page chrome, and a section headed "Recent forms" or the like: what they show belongs to other pages. */
function elsewhere(element: Element): boolean {
  if (element.matches(ELSEWHERE)) return true;
  const first = element.firstElementChild;
  return first !== null && /^H[2-6]$/.test(first.tagName) && OTHER_FORMS_HEADING.test(first.textContent ?? '');
}

const POUNDS = /£\s?\d[\d,]*(?:\.\d{1,2})?/;
const JUST_A_SUM = /^[^\p{L}\d]*(?:\(£\)[^\p{L}\d]*)?£?\s?\d[\d,]*(?:\.\d{1,2})?[^\p{L}\d]*$/u;

/** "Amount due: £585.44", or the label on one line and the sum on the next (a summary list, a table row). */
function amountIn(lines: VisibleLine[]): number | undefined {
  for (const [i, line] of lines.entries()) {
    const label = AMOUNT_WORDING.exec(line.unmasked);
    if (!label) continue;
    const rest = line.text.slice(label.index + label[0].length);
    const sum = POUNDS.exec(rest)?.[0] ?? (JUST_A_SUM.test(rest) ? rest : undefined);
    const next = lines[i + 1]?.text;
    const pence = penceIn(sum ?? (next && JUST_A_SUM.test(next) ? next : ''));
    if (pence !== undefined) return pence;
  }
  return undefined;
}
