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

export function mayHaveWork(doc: Document): boolean {
  const heading = words(doc.querySelector('main h1, h1')?.textContent ?? '');
  if (HEADINGS.some((phrase) => heading.includes(` ${phrase} `))) return true;
  return [...doc.forms].some(
    (form) =>
      form.querySelectorAll(
        'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea',
      ).length >= MIN_FORM_FIELDS,
  );
}
