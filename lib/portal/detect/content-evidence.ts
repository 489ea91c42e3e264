import { collectControls, type Control } from '../recognise/controls';

/** What a page shows, as the confirmation signatures weigh it (page-signatures.json `content`). */
export type ContentEvidence = {
  /** A form reference the page labels as one ("Reference number: LA-000123"), or the only one it shows. */
  formReference: boolean;
  /** A payment reference the page labels as one, or the only one it shows: a list of them is a list, not a receipt. */
  paymentReference: boolean;
  /** Several references of either kind: a list's rows. */
  manyReferences: boolean;
  /** Any reference-shaped text at all: something a user may want kept. */
  referenceShaped: boolean;
  submitted: boolean;
  amount: boolean;
  /** Controls a person would fill: a search box or a feedback form does not make a page a form. */
  fillable: number;
};

/** SD number (8 digits) + LOC + month + year, with or without PCSE's -01 suffix (pcse-portal.md). */
const PAYMENT_REFERENCE = /\b\d{8}\s?LOC\s?[A-Z]{3}\s?\d{4}(?:-\d{2})?\b/gi;
/** A reference of the portal's shapes: letters, a separator, digits ("LA-000123", "LOCA/2026/000123"). */
const FORM_REFERENCE = /\b[A-Z]{1,5}[-/](?:\d{4}[-/])?\d{3,}\b/g;
const SUBMITTED = /\b(?:submitted|sent|received|thank you|successfully|complete[d]?)\b/i;
const AMOUNT = /£\s?\d/;
const MAX_TEXT = 20_000;

function isFillable(control: Control): boolean {
  if (control instanceof HTMLInputElement && ['checkbox', 'radio', 'search'].includes(control.type)) return false;
  return !control.closest('[role="search"], form[role="search"], header, nav, footer');
}

/** The main content's text without links, which point at other forms and their references. */
function mainText(doc: Document): string {
  const main = doc.querySelector('main, [role="main"], #main-content') ?? doc.body;
  if (!main) return '';
  let text = '';
  const walker = doc.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && text.length < MAX_TEXT; node = walker.nextNode()) {
    if (node.parentElement?.closest('a, script, style, nav, footer, [role="alert"], .govuk-notification-banner')) continue;
    text += ` ${node.nodeValue ?? ''}`;
  }
  return text;
}

/** "Reference number: LA-000123", "Your reference is LOCA/2026/000123"; an enquiry, contact or payment reference is another thing. */
const LABELLED_REFERENCE =
  /(?<!(?:payment|invoice|contact|enquiry|case|incident|customer|bacs) )\breference(?: number)?(?: is)?\s*:?\s*[A-Z]{1,5}[-/](?:\d{4}[-/])?\d{3,}/i;

/** "Unique payment reference (UPR): 12345678LOCAPR2026", "Reference to quote when paying: …". */
const LABELLED_PAYMENT = /(?:payment reference|\bupr\b|reference to quote|quote this reference|bacs reference)\W{0,20}\d{8}\s?LOC/i;

function distinct(text: string, pattern: RegExp): number {
  return new Set(Array.from(text.matchAll(pattern), (match) => match[0].toUpperCase().replace(/\s|-\d{2}$/g, ''))).size;
}

export function contentEvidence(doc: Document, controls: Control[] = collectControls(doc)): ContentEvidence {
  const text = mainText(doc);
  const forms = distinct(text, FORM_REFERENCE);
  const payments = distinct(text, PAYMENT_REFERENCE);
  return {
    formReference: LABELLED_REFERENCE.test(text) || forms === 1,
    paymentReference: LABELLED_PAYMENT.test(text) || payments === 1,
    manyReferences: forms + payments > 1,
    referenceShaped: forms + payments > 0,
    submitted: SUBMITTED.test(text),
    amount: AMOUNT.test(text),
    fillable: controls.filter(isFillable).length,
  };
}
