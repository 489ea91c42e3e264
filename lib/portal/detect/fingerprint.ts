import { looksGenerated, nameTokens, normaliseLabel } from '../recognise/text';

/** Words that change from one visit to the next (a month, a year, a reference) say nothing about which page this is. */
const CHANGING = /\b(?:\d+|january|february|march|april|may|june|july|august|september|october|november|december|[a-z]{1,4}\d+)\b/g;

/** FNV-1a, twice with different offsets: a short, stable name for a page's structure, not a secret. */
function hash(text: string): string {
  const run = (offset: number) => {
    let h = offset;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return run(2166136261) + run(84696351);
}

/** Every control the page has, shown or not: fields revealed by a choice must not make the same page another one. */
const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea';
/** With this many controls their names say which page it is, and the heading (which may name a person) is left out. */
const NAMED_BY_CONTROLS = 3;

/**
 * The structure fingerprint of a page: its path with the changing parts taken out (numbers, hex ids), the names of its
 * controls, and on a page with few controls the words of its main heading. It names "this page of the portal" across
 * visits, so a user's answer to "What is this page?" is used next time; two visits to one page share it while another
 * page's differs.
 */
export function pageFingerprint(doc: Document, url: string, headingText: string): string {
  const path = new URL(url).pathname.toLowerCase().replace(/[0-9a-f]*\d[0-9a-f]*(?:-[0-9a-f]+)*/g, '#');
  const controls = [...doc.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(CONTROLS)];
  const heading = controls.length >= NAMED_BY_CONTROLS ? '' : normaliseLabel(headingText).replace(CHANGING, ' ');
  const names = new Set(
    controls.map((control) => {
      const name = [control.getAttribute('name') ?? '', control.id].find((n) => n && !looksGenerated(n)) ?? '';
      const type = control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase();
      return `${type}:${nameTokens(name).join('-')}`;
    }),
  );
  return hash([path, heading.replace(/\s+/g, ' ').trim(), [...names].sort().join(',')].join('|'));
}
