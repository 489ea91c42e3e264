import { textOf } from '../recognise/controls';

/** The texts a page names itself with, each as lower-case words with bracketed text kept: "(Locum A)" names the form. */
export type PageTexts = {
  heading: string;
  title: string;
  breadcrumbs: string[];
  subheadings: string[];
  buttons: string[];
  columns: string[];
};

const MAX_SUBHEADINGS = 30;
const MAX_BUTTONS = 40;
const BREADCRUMB_ITEMS =
  'nav[aria-label*="readcrumb" i] li, .govuk-breadcrumbs__list-item, .nhsuk-breadcrumb__item, ol.breadcrumb li, [class*="breadcrumb" i] li';

/** Lower case, accents and punctuation gone, brackets' words kept. */
function pageWords(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** The page's own heading first: a site banner may carry an h1 of its own before <main>. */
export function headingElement(doc: Document): Element | null {
  return doc.querySelector('main h1') ?? doc.querySelector('h1') ?? doc.querySelector('main h2') ?? doc.querySelector('h2');
}

function texts(doc: Document, selector: string, most: number): string[] {
  const found: string[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    const text = pageWords(element instanceof HTMLInputElement ? element.value : textOf(element));
    if (text) found.push(text);
    if (found.length >= most) break;
  }
  return found;
}

export function pageTexts(doc: Document): PageTexts {
  const heading = headingElement(doc);
  return {
    heading: pageWords(textOf(heading)),
    title: pageWords(doc.title),
    breadcrumbs: texts(doc, BREADCRUMB_ITEMS, 10).slice(-3),
    subheadings: texts(doc, 'main h2, main h3, legend, h2, .govuk-caption-l, .nhsuk-caption-l', MAX_SUBHEADINGS).filter(
      (text) => text !== pageWords(textOf(heading)),
    ),
    buttons: texts(
      doc,
      'button, input[type=submit], input[type=button], a[role=button], a.govuk-button, a.nhsuk-button, a.btn',
      MAX_BUTTONS,
    ),
    columns: texts(doc, 'th, [role="columnheader"]', 60),
  };
}

/** Does the text hold the phrase as whole words? */
export function holds(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/**
 * How well a text names a phrase, 0 to 1: a whole-word match counts half, and the rest by how much of the text the
 * phrase explains, so "Locum A forms" names the list ("locum a forms") better than the form ("locum a").
 */
export function phraseFit(text: string, phrase: string): number {
  if (!text || !holds(text, phrase)) return 0;
  const share = phrase.split(' ').length / text.split(' ').length;
  return 0.5 + 0.5 * Math.min(1, share);
}
