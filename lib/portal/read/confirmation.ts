import type * as z from 'zod/mini';
import type { ConfirmationMessage } from '../messages';
import { penceIn, readSummary, visibleText, type SummaryPair } from './summary';

/** What a PCSE "form submitted" page says: the references to keep, the amount due and the page's text as evidence. */
export type Confirmation = Omit<z.infer<typeof ConfirmationMessage>, 'manual'>;

/** Unique payment reference: SD number (8 digits) + LOC + month + year, with the -01 style suffix PCSE adds. */
const UPR = /\b\d{8}LOC[A-Z]{3}\d{4}(?:-\d{2})?\b/i;
/** A form reference such as LA-000123 (letters, a hyphen, digits). */
export const FORM_REFERENCE = /\b[A-Z]{1,4}-\d{3,}\b/;
const FORM_REF = new RegExp(FORM_REFERENCE.source, 'g');

/** The payment reference without PCSE's -NN suffix: what a bank transfer quotes. */
export function bacsReferenceOf(paymentReference: string): string {
  return paymentReference.replace(/-\d{2}$/, '');
}
/** "Your reference LA-000123", "Reference number: ABC123"; payment and invoice references are other things. */
const REFERENCE_TEXT = /(?<!payment |invoice |bacs )\breference(?: number)?(?: is)?\s*:?\s*([A-Z0-9][A-Z0-9/-]{3,29})\b/gi;
const OTHER_REFERENCE = /payment|invoice|bacs/i;
const AMOUNT_LABEL = /amount due|amount to pay|total to pay|total due/i;
const MAX_EVIDENCE = 20_000;

/** The references and amount on a confirmation page, or null when the page shows no reference at all. */
export function readConfirmation(doc: Document): Confirmation | null {
  const main = doc.querySelector('main, [role="main"], #main-content') ?? doc.body;
  if (!main) return null;
  const evidence = visibleText(main).replace(/\n/g, ' ').slice(0, MAX_EVIDENCE);
  const pairs = readSummary(main);
  const paymentReference = UPR.exec(evidence)?.[0].toUpperCase();
  const formReference = formReferenceIn(pairs, evidence, main);
  if (!formReference && !paymentReference) return null;
  const amountPence = amountIn(pairs, evidence);
  return {
    kind: kindOf(doc, main),
    ...(formReference && { formReference }),
    ...(paymentReference && { paymentReference, bacsReference: bacsReferenceOf(paymentReference) }),
    ...(amountPence !== undefined && { amountPence }),
    evidence,
  };
}

/** The heading says which form this is; the title is the fallback for pages whose heading is generic ("Submitted"). */
function kindOf(doc: Document, main: Element): 'A' | 'B' | null {
  const headings = [...Array.from(main.querySelectorAll('h1')), ...Array.from(main.querySelectorAll('h2'))];
  const texts = [...headings.map((heading) => heading.textContent ?? ''), doc.title];
  for (const text of texts) {
    if (/\blocum\s*a\b/i.test(text)) return 'A';
    if (/\blocum\s*b\b/i.test(text)) return 'B';
  }
  return null;
}

/** The labelled reference first, then "reference …" in the text, then a LA-000123 style code not inside a link (links go to other forms). */
function formReferenceIn(pairs: SummaryPair[], evidence: string, main: Element): string | undefined {
  // Text shown as a payment or invoice reference is never the form's own, whichever way it is found.
  const otherReferences = pairs.filter(({ label }) => OTHER_REFERENCE.test(label)).map(({ value }) => value.toUpperCase());
  const isOurs = (value: string) =>
    /\d/.test(value) && value.length <= 60 && !UPR.test(value) && !otherReferences.some((other) => other.includes(value.toUpperCase()));
  const labelled = pairs.find(({ label, value }) => /reference/i.test(label) && !OTHER_REFERENCE.test(label) && isOurs(value));
  if (labelled) return labelled.value;
  for (const match of evidence.matchAll(REFERENCE_TEXT)) if (isOurs(match[1]!)) return match[1]!;
  const withoutLinks = main.cloneNode(true) as Element;
  for (const link of Array.from(withoutLinks.querySelectorAll('a'))) link.remove();
  return Array.from(visibleText(withoutLinks).matchAll(FORM_REF), (match) => match[0]).find(isOurs);
}

/** "Amount due: £585.44" or a "Total to pay" row, read to the penny. */
function amountIn(pairs: SummaryPair[], evidence: string): number | undefined {
  for (const { label, value } of pairs) {
    const pence = AMOUNT_LABEL.test(label) ? penceIn(value) : undefined;
    if (pence !== undefined) return pence;
  }
  const inText = /(?:amount due|amount to pay|total to pay|total due)\D{0,40}?(£\s?[\d,]+(?:\.\d{2})?)/i.exec(evidence);
  return inText ? penceIn(inText[1]!) : undefined;
}
