import type * as z from 'zod/mini';
import type { ConfirmationMessage } from '../messages';
import { confirmationEvidence } from './confirmation-evidence';
import { mainOf } from './page-root';
import { bacsReferenceOf } from './reference-shapes';
import { visibleText } from './visible-text';

export { FORM_REFERENCE } from './reference-shapes';

/** What a PCSE "form submitted" page says: the references to keep, the amount due and the page's text as evidence. */
export type Confirmation = Omit<z.infer<typeof ConfirmationMessage>, 'manual'>;

const MAX_EVIDENCE = 20_000;

/**
 * The references and amount on a confirmation page, or null when it shows neither a form nor a payment reference. With
 * two or more form reference candidates in `evidence`, the form reference is left out: the person is asked which it is.
 */
export function readConfirmation(doc: Document, evidence = confirmationEvidence(doc)): Confirmation | null {
  const main = mainOf(doc);
  const { formReference, paymentReference, amountPence } = evidence;
  if (!main || (!formReference && !paymentReference)) return null;
  return {
    kind: kindOf(doc, main),
    ...(formReference && { formReference }),
    ...(paymentReference && { paymentReference, bacsReference: bacsReferenceOf(paymentReference) }),
    ...(amountPence !== undefined && { amountPence }),
    evidence: visibleText(main).replace(/\n/g, ' ').slice(0, MAX_EVIDENCE),
  };
}

/**
 * The heading says which form this is, bracketed words included ("Submitted (Locum A)"); the title is the fallback
 * for pages whose heading is generic ("Submitted").
 */
function kindOf(doc: Document, main: Element): 'A' | 'B' | null {
  const headings = [...Array.from(main.querySelectorAll('h1')), ...Array.from(main.querySelectorAll('h2'))];
  const texts = [...headings.map((heading) => heading.textContent ?? ''), doc.title];
  for (const text of texts) {
    if (/\blocum\s*a\b/i.test(text)) return 'A';
    if (/\blocum\s*b\b/i.test(text)) return 'B';
  }
  return null;
}
