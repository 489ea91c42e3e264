import { collectControls, type Control } from '../recognise/controls';
import { confirmationEvidence } from '../read/confirmation-evidence';
import { mainOf } from '../read/page-root';
import { FORM_REFERENCE, PAYMENT_REFERENCE } from '../read/reference-shapes';

/** What a page shows, as the signatures weigh it (page-signatures.json `content`). */
export type ContentEvidence = {
  /** A form reference the page presents as the form's own (read/confirmation-evidence.ts), or two it hesitates between. */
  formReference: boolean;
  /** A payment reference the page presents as the one to pay with. */
  paymentReference: boolean;
  /** "Has been submitted", "we have received", a heading ending in "submitted". */
  submitted: boolean;
  /** An amount labelled as due. */
  amount: boolean;
  /** Several references of either kind: a list's rows. */
  manyReferences: boolean;
  /** Any reference-shaped text at all: something a user may want kept. */
  referenceShaped: boolean;
  /** Controls a person would fill: a search box or a feedback form does not make a page a form. */
  fillable: number;
};

/** Pages with more fillable controls than this are forms: what a confirmation shows is not looked for there. */
const MOST_CONFIRMATION_CONTROLS = 3;
const MAX_TEXT = 20_000;
/** A confirmation shows its own reference, perhaps a payment reference and another form's: more is a list. */
const MOST_RECEIPT_REFERENCES = 3;
const FORM_REFERENCES = new RegExp(FORM_REFERENCE.source, 'g');
const PAYMENT_REFERENCES = new RegExp(PAYMENT_REFERENCE.source, 'gi');

function isFillable(control: Control): boolean {
  if (control instanceof HTMLInputElement && ['checkbox', 'radio', 'search'].includes(control.type)) return false;
  return !control.closest('[role="search"], form[role="search"], header, nav, footer');
}

/** The main content's text without links, which point at other forms and their references. */
function mainText(doc: Document): string {
  const main = mainOf(doc);
  if (!main) return '';
  let text = '';
  const walker = doc.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && text.length < MAX_TEXT; node = walker.nextNode()) {
    if (node.parentElement?.closest('a, script, style, nav, footer')) continue;
    text += ` ${node.nodeValue ?? ''}`;
  }
  return text;
}

function distinct(text: string, pattern: RegExp): number {
  return new Set(Array.from(text.matchAll(pattern), (match) => match[0].toUpperCase().replace(/-\d{2}$/, ''))).size;
}

/**
 * What the page shows. A form (more fillable controls than a confirmation has) is not read for it: what a confirmation
 * or a list shows is weighed only on pages with few controls, and a form is worth asking about for its controls alone.
 */
export function contentEvidence(doc: Document, controls: Control[] = collectControls(doc)): ContentEvidence {
  const fillable = controls.filter(isFillable).length;
  const form = fillable > MOST_CONFIRMATION_CONTROLS;
  const text = form ? '' : mainText(doc);
  const references = distinct(text, FORM_REFERENCES) + distinct(text, PAYMENT_REFERENCES);
  const shown = form ? undefined : confirmationEvidence(doc);
  return {
    // Two references the receipt would ask between still look like a receipt; a list's many do not.
    formReference: Boolean(shown?.formReference) || ((shown?.candidates.length ?? 0) > 1 && references <= MOST_RECEIPT_REFERENCES),
    paymentReference: Boolean(shown?.paymentReference),
    submitted: shown?.submittedWording ?? false,
    amount: shown?.amountPence !== undefined,
    manyReferences: references > 1,
    referenceShaped: references > 0,
    fillable,
  };
}
