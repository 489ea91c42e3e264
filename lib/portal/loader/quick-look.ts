import data from '../detect/page-signatures.json';
import { FORM_REFERENCE, PAYMENT_REFERENCE } from '../read/reference-shapes';

/**
 * The content script's first look, before anything else is loaded: does this page look like one with work to do? A
 * known heading or one naming the forms, a form with a few fields (in a shadow root too), or reference-shaped text is enough. It reads the same page-signatures file the assistant
 * validates with Zod, raw, to keep the first load small; the assistant then decides for certain.
 */
const HEADINGS = [
  ...data.signatures
    .filter((s) => s.kind !== 'dashboard' && s.kind !== 'login' && s.kind !== 'organisationSelect')
    .flatMap((s) => s.headings),
  // Words that name the forms in any heading ("Locum forms", "Certificates of NHS work", "Monthly pension returns").
  ...data.cues.locumA,
  ...data.cues.locumB,
  'locum',
];
const MIN_FORM_FIELDS = 3;

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const MAX_TEXT = 20_000;

const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea';
/** Pages with more elements than this are not searched for shadow roots: a first look must stay cheap. */
const MOST_ELEMENTS = 5_000;

/** A form drawn inside a web component's open shadow root. */
function hasShadowForm(doc: Document): boolean {
  const all = doc.body?.getElementsByTagName('*') ?? [];
  if (all.length > MOST_ELEMENTS) return false;
  return Array.prototype.some.call(
    all,
    (element: Element) => (element.shadowRoot?.querySelectorAll(CONTROLS).length ?? 0) >= MIN_FORM_FIELDS,
  );
}

function headingText(doc: Document): string {
  for (const heading of doc.querySelectorAll('main h1, h1, [role="heading"][aria-level="1"]'))
    if (heading.textContent?.trim()) return heading.textContent;
  return '';
}

export function mayHaveWork(doc: Document): boolean {
  const heading = words(headingText(doc));
  if (HEADINGS.some((phrase) => heading.includes(` ${phrase} `))) return true;
  // Fields anywhere, not only inside a <form>: single-page apps often have none.
  const fields = doc.querySelectorAll(
    'main input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]):not([type=search]), main select, main textarea, form input:not([type=hidden]):not([type=submit]):not([type=button]), form select, form textarea',
  ).length;
  if (fields >= MIN_FORM_FIELDS || hasShadowForm(doc)) return true;
  const main = doc.querySelector('main') ?? doc.body;
  // A payment or form reference, in the shapes the receipt reader knows: a receipt to keep.
  const text = (main?.textContent ?? '').slice(0, MAX_TEXT);
  return PAYMENT_REFERENCE.test(text) || FORM_REFERENCE.test(text);
}
