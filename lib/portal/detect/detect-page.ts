import { conceptsFor, type PageKind } from '../recognise/concepts';
import { collectFields, type PageField } from '../recognise/fields';
import { textOf } from '../recognise/controls';
import { recognisedConcepts } from '../recognise/recognise';
import { SIGNATURES, type PageSignature } from './signatures';
import { normaliseLabel } from '../recognise/text';
import { phraseScore } from '../recognise/match';

import type { PageKindAnswer } from '../../shared/records';
import { pageFingerprint } from './fingerprint';

export type KindScore = { kind: PageKind; score: number };

export type DetectedPage = {
  kind: PageKind;
  signature?: PageSignature;
  heading: string;
  /** Every kind with any evidence, best first: why the page was taken for what it is. */
  scores: KindScore[];
  /** No kind is clearly ahead, yet the page has controls or reference-shaped text: the panel asks "What is this page?". */
  ask: boolean;
  /** The page's structure fingerprint (fingerprint.ts): what an answer to the question is kept against. */
  fingerprint: string;
  /** The kind is the user's own answer for this fingerprint. */
  answered: boolean;
};

const HEADING = 3;
const GATES = 2;
const URL_HINT = 1;

function headingOf(doc: Document): string {
  // The page's own heading first: a site banner may carry an h1 of its own before <main>.
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1') ?? doc.querySelector('main h2') ?? doc.querySelector('h2');
  return textOf(heading);
}

function headingScore(heading: string, signature: PageSignature): number {
  const text = normaliseLabel(heading);
  const best = Math.max(0, ...signature.headings.map((phrase) => phraseScore(text, phrase)));
  return best > 0 ? HEADING + best / 100 : 0;
}

function tableHasColumns(doc: Document, columns: string[]): boolean {
  return [...doc.querySelectorAll('table')].some((table) => {
    const headers = [...table.querySelectorAll('th')].map((th) => normaliseLabel(textOf(th)));
    return columns.every((column) => headers.some((header) => header === column || header.startsWith(`${column} `)));
  });
}

function hasButton(doc: Document, names: string[]): boolean {
  return [...doc.querySelectorAll('button, input[type=submit], input[type=button], a[role=button]')].some((button) => {
    const text = normaliseLabel(button instanceof HTMLInputElement ? button.value : textOf(button));
    return names.some((name) => text === name);
  });
}

function hasConcepts(fields: () => PageField[], signature: PageSignature): boolean {
  const missing = new Set(signature.concepts);
  const found = recognisedConcepts(fields(), conceptsFor(signature.kind));
  while (missing.size > 0) {
    const next = found.next();
    if (next.done) break;
    missing.delete(next.value.id);
  }
  return missing.size === 0;
}

function gatesPass(doc: Document, fields: () => PageField[], signature: PageSignature): boolean {
  return (
    (!signature.concepts || hasConcepts(fields, signature)) &&
    (!signature.columns || tableHasColumns(doc, signature.columns)) &&
    (!signature.buttons || hasButton(doc, signature.buttons))
  );
}

/**
 * Which PCSE page this is, from data (page-signatures.json): a heading or the required fields must be there; the URL
 * only adds weight, because the real paths are unknown. Anything else is "unknown" and the assistant stays quiet.
 */
export function detectPage(doc: Document, url: string, answers: readonly PageKindAnswer[] = []): DetectedPage {
  const heading = headingOf(doc);
  const fingerprint = pageFingerprint(doc, url);
  const answer = answers.find((a) => a.fingerprint === fingerprint);
  if (answer) {
    const kind = answer.kind === 'none' ? 'unknown' : answer.kind;
    const signature = SIGNATURES.find((s) => s.kind === kind);
    return { kind, ...(signature && { signature }), heading, scores: [], ask: false, fingerprint, answered: true };
  }
  const path = new URL(url).pathname.toLowerCase();
  let cached: PageField[] | undefined;
  const fields = () => (cached ??= collectFields(doc));
  // Each score is known before its gates are checked, so the gates (for a form, recognising every field) are checked
  // best score first, and only until one passes; a tie goes to the signature listed first.
  const best = SIGNATURES.map((signature, order) => {
    const gated = Boolean(signature.concepts || signature.columns || signature.buttons);
    const score =
      headingScore(heading, signature) + (gated ? GATES : 0) + (signature.urlHints.some((hint) => path.includes(hint)) ? URL_HINT : 0);
    return { signature, order, score };
  })
    .filter((candidate) => candidate.score >= GATES)
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .find((candidate) => gatesPass(doc, fields, candidate.signature));
  const common = { heading, scores: [], ask: false, fingerprint, answered: false };
  return best ? { kind: best.signature.kind, signature: best.signature, ...common } : { kind: 'unknown', ...common };
}
