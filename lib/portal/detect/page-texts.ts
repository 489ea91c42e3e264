import { textOf } from '../recognise/controls';
import { hasWords } from '../recognise/match';

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
const BREADCRUMBS =
  'nav[aria-label*="readcrumb" i], [role="navigation"][aria-label*="readcrumb" i], .govuk-breadcrumbs, .nhsuk-breadcrumb, ol.breadcrumb, [class*="breadcrumb" i], [id*="SiteMapPath" i]';

/** Lower case, accents and punctuation gone, brackets' words kept. */
function pageWords(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** The page's own heading first: a site banner may carry an h1 of its own before <main>, or an empty one around a logo. */
export function headingElement(doc: Document): Element | null {
  for (const selector of ['main h1', 'h1', '[role="heading"][aria-level="1"]', 'main h2', 'h2'])
    for (const heading of doc.querySelectorAll(selector)) if (textOf(heading)) return heading;
  return null;
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

/** The crumbs of the first breadcrumb trail: its list items, or its links when it has no list. */
function breadcrumbsOf(doc: Document): string[] {
  const trail = doc.querySelector(BREADCRUMBS);
  if (!trail) return [];
  const items = trail.querySelectorAll('li');
  return Array.from(items.length > 0 ? items : trail.querySelectorAll('a, [aria-current]'), (item) => pageWords(textOf(item))).filter(
    Boolean,
  );
}

/** Column headers, and the terms a card list repeats on every card ("Status" in each card's list): a list's columns. */
function columnsOf(doc: Document): string[] {
  const terms = texts(doc, 'dt', 200);
  const repeated = terms.filter((term, i) => terms.indexOf(term) !== i);
  return [...texts(doc, 'th, [role="columnheader"]', 60), ...new Set(repeated)];
}

/** The page's texts; `headingText`: its main heading's text, already read by the caller. */
export function pageTexts(doc: Document, headingText: string): PageTexts {
  const heading = pageWords(headingText);
  return {
    heading,
    title: pageWords(doc.title),
    // The last two crumbs together: "Locum A forms › Confirmation" names the form and the stage between them.
    breadcrumbs: [breadcrumbsOf(doc).slice(-2).join(' ')].filter(Boolean),
    subheadings: texts(doc, 'main h2, main h3, legend, h2, .govuk-caption-l, .nhsuk-caption-l', MAX_SUBHEADINGS).filter(
      (text) => text !== heading,
    ),
    buttons: texts(
      doc,
      'button, input[type=submit], input[type=button], a[role=button], a.govuk-button, a.nhsuk-button, a.btn',
      MAX_BUTTONS,
    ),
    columns: columnsOf(doc),
  };
}

/**
 * How well a text names a phrase, 0 to 1: a whole-word match counts half, and the rest by how much of the text the
 * phrase explains, so "Locum A forms" names the list ("locum a forms") better than the form ("locum a").
 */
export function phraseFit(text: string, phrase: string): number {
  if (!text || !hasWords(text, phrase)) return 0;
  const share = phrase.split(' ').length / text.split(' ').length;
  return 0.5 + 0.5 * Math.min(1, share);
}
