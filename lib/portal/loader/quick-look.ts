import data from '../detect/page-signatures.json';

/**
 * The content script's first look, before anything else is loaded: does this page look like one with work to do? A
 * known heading, or a form with a few fields, is enough. It reads the same page-signatures file the assistant
 * validates with Zod, raw, to keep the first load small; the assistant then decides for certain.
 */
const HEADINGS = data.signatures
  .filter((s) => s.kind !== 'dashboard' && s.kind !== 'login' && s.kind !== 'organisationSelect')
  .flatMap((s) => s.headings);
const MIN_FORM_FIELDS = 3;

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** A payment reference (SD number + LOC + month + year) or a form reference beside "reference": a receipt to keep. */
const REFERENCE_SHAPED = /\b\d{8}\s?LOC\s?[A-Z]{3}\s?\d{4}\b|\breference\b[^.]{0,40}\b[A-Z]{1,5}[-/]\d{3,}/i;
const MAX_TEXT = 20_000;

export function mayHaveWork(doc: Document): boolean {
  const heading = words(doc.querySelector('main h1, h1')?.textContent ?? '');
  if (HEADINGS.some((phrase) => heading.includes(` ${phrase} `))) return true;
  // Fields anywhere, not only inside a <form>: single-page apps often have none.
  const fields = doc.querySelectorAll(
    'main input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]):not([type=search]), main select, main textarea, form input:not([type=hidden]):not([type=submit]):not([type=button]), form select, form textarea',
  ).length;
  if (fields >= MIN_FORM_FIELDS) return true;
  const main = doc.querySelector('main') ?? doc.body;
  return REFERENCE_SHAPED.test((main?.textContent ?? '').slice(0, MAX_TEXT));
}
