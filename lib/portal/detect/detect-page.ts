import type { PageKind } from '../recognise/concepts';
import { collectControls, textOf } from '../recognise/controls';
import { hasWords } from '../recognise/match';
import { formShownOn } from '../page-kind-answer';
import { collectFields } from '../recognise/fields';
import type { PageKindAnswer } from '../../shared/records';
import { conceptsOnPage } from './concept-evidence';
import { contentEvidence, type ContentEvidence } from './content-evidence';
import { pageFingerprint } from './fingerprint';
import { headingElement, pageTexts, phraseFit, type PageTexts } from './page-texts';
import { CUES, DECIDE, EVIDENCE_WEIGHTS as W, SIGNATURES, type PageSignature } from './signatures';

type KindScore = { kind: PageKind; score: number };

/** What detection needs of a user's answer: which page, and what it was taken for. */
export type AnswerForDetection = Pick<PageKindAnswer, 'fingerprint' | 'kind'>;

export type DetectedPage = {
  kind: PageKind;
  signature?: PageSignature;
  heading: string;
  /** Every kind with any evidence, best first: why the page was taken for what it is. */
  scores: KindScore[];
  /** No kind is clearly ahead, yet the page has controls or reference-shaped text: the panel asks "What is this page?". */
  ask: boolean;
  /**
   * The page's structure fingerprint (fingerprint.ts): what an answer to the question is kept against. On a page placed
   * without a question, worked out when first read.
   */
  fingerprint: string;
  /** The kind is the user's own answer for this fingerprint. */
  answered: boolean;
};

/** What a page text says to every kind: the cue words it names (page-signatures.json `cues`) and how well it names each kind's headings. */
type TextReading = { cues: ReadonlySet<string>; headings: ReadonlyMap<PageSignature, number> };
type ReadText = (text: string) => TextReading;

type Evidence = { texts: PageTexts; content: ContentEvidence; concepts: Set<string>; path: string; read: ReadText };

const best = (values: number[]) => Math.max(0, ...values);

/** Phrases by their first word: a phrase is in a text only if its first word is one of the text's words. */
function byFirstWord<T extends { phrase: string }>(entries: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = entry.phrase.split(' ')[0]!;
    index.set(first, [...(index.get(first) ?? []), entry]);
  }
  return index;
}

const CUE_PHRASES = byFirstWord(Object.entries(CUES).flatMap(([cue, phrases]) => phrases.map((phrase) => ({ cue, phrase }))));
const HEADING_PHRASES = byFirstWord(SIGNATURES.flatMap((signature) => signature.headings.map((phrase) => ({ signature, phrase }))));

/**
 * Each page text read once, word by word, for the phrases that start with its words: a page's dozen texts against
 * every kind's cues and headings was a thousand whole-word searches on a cold page, most for words it does not have.
 */
function textReader(): ReadText {
  const read = new Map<string, TextReading>();
  return (text) => {
    let reading = read.get(text);
    if (!reading) {
      const cues = new Set<string>();
      const headings = new Map<PageSignature, number>();
      for (const word of new Set(text.split(' '))) {
        for (const { cue, phrase } of CUE_PHRASES.get(word) ?? []) if (hasWords(text, phrase)) cues.add(cue);
        for (const { signature, phrase } of HEADING_PHRASES.get(word) ?? [])
          headings.set(signature, Math.max(headings.get(signature) ?? 0, phraseFit(text, phrase)));
      }
      reading = { cues, headings };
      read.set(text, reading);
    }
    return reading;
  };
}

const SUBJECTS = ['locumA', 'locumB'];

/**
 * How well cue words name a kind, up to 1: with its stage named, half for the stage and half for naming its form (none
 * named: no half; the other form named: minus half); without, a quarter for the form alone.
 */
function cueFit(cues: ReadonlySet<string>, text: string, naming: PageSignature['naming']): number {
  if (!naming || !text) return 0;
  const { subject, stages } = naming;
  const other = SUBJECTS.some((s) => s !== subject && cues.has(s));
  const subjectPart = subject && cues.has(subject) ? 1 : subject && other ? -1 : 0;
  const stagePart = stages.some((stage) => cues.has(stage)) ? 1 : 0;
  return stagePart ? (subjectPart + stagePart) / 2 : subjectPart / 4;
}

/** Naming a stage of another kind counts against a kind however it is named: "Locum A approvals" is not the Locum A list. */
function againstFit(cues: ReadonlySet<string>, naming: PageSignature['naming']): number {
  return naming?.against?.some((stage) => cues.has(stage)) ? 0.5 : 0;
}

function namingScore(texts: PageTexts, signature: PageSignature, read: ReadText): number {
  const fitOf = (text: string) => {
    const { cues, headings } = read(text);
    return Math.max(0, cueFit(cues, text, signature.naming), headings.get(signature) ?? 0) - againstFit(cues, signature.naming);
  };
  return (
    W.heading * fitOf(texts.heading) +
    W.title * fitOf(texts.title) +
    W.breadcrumb * best(texts.breadcrumbs.map(fitOf)) +
    W.subheading * best(texts.subheadings.map(fitOf))
  );
}

function weighed(weights: Record<string, number> | undefined, present: (key: string) => boolean): number {
  return Object.entries(weights ?? {}).reduce((sum, [key, weight]) => sum + (present(key) ? weight : 0), 0);
}

function contentScore(content: ContentEvidence, signature: PageSignature): number {
  const { maxControls, ...wanted } = signature.content ?? { maxControls: -1 };
  if (content.fillable > maxControls) return 0;
  return weighed(wanted, (key) => content[key as keyof Omit<ContentEvidence, 'fillable'>] === true);
}

function score(signature: PageSignature, evidence: Evidence): number {
  const { texts, content, concepts, path, read } = evidence;
  if (signature.needsControls && content.fillable === 0) return 0;
  return (
    namingScore(texts, signature, read) +
    W.concept * weighed(signature.concepts, (id) => concepts.has(id)) +
    W.button * weighed(signature.buttons, (name) => texts.buttons.some((button) => hasWords(button, name))) +
    W.column * weighed(signature.columns, (name) => texts.columns.some((column) => hasWords(column, name))) +
    W.content * contentScore(content, signature) +
    (signature.urlHints.some((hint) => path.includes(hint)) ? W.url : 0)
  );
}

/**
 * The kind an answer gives this visit: a confirmation is the confirmation of the form the page shows (formShownOn, as
 * when the answer was given), decided on each page, since both may come at one address under one heading.
 */
function answeredKind(kind: PageKindAnswer['kind'], doc: Document): PageKind {
  if (kind === 'none') return 'unknown';
  if (kind !== 'locumAConfirmation' && kind !== 'locumBConfirmation') return kind;
  return formShownOn(doc) === 'B' ? 'locumBConfirmation' : 'locumAConfirmation';
}

/** A form nobody can place has a few fields; one box (a search, a feedback question) is not worth a question. */
const FORM_FIELDS = 3;

/**
 * Is the page worth a question? Some evidence for a kind the question offers and something to work on (a control, a
 * reference), or, with no such evidence, a real form or reference-shaped text.
 */
function worthAsking(evidence: Evidence, lead: PageSignature | undefined): boolean {
  const { fillable, referenceShaped: references } = evidence.content;
  return lead?.asks ? fillable > 0 || references : fillable >= FORM_FIELDS || references;
}

/**
 * Which PCSE page this is, as a score per kind from weighted evidence (page-signatures.json): headings, title and
 * breadcrumbs by whole words, the concepts the fields are recognised as, buttons, column headers, what the page shows.
 * No single piece is a gate: an odd field or an unfamiliar heading only weakens one kind's score. When no kind leads
 * clearly and the page has something to work on, `ask` is set; a user's earlier answer for this page's structure wins.
 */
export function detectPage(doc: Document, url: string, answers: readonly AnswerForDetection[] = []): DetectedPage {
  const heading = textOf(headingElement(doc));
  let known: string | undefined;
  // Worked out at most once, and only when something needs it: a user's answers to look through, or a question.
  const fingerprintNow = () => (known ??= pageFingerprint(doc, url, heading));
  const answer = answers.find((a) => a.fingerprint === fingerprintNow());
  if (answer) {
    const kind = answeredKind(answer.kind, doc);
    const signature = SIGNATURES.find((s) => s.kind === kind);
    return { kind, ...(signature && { signature }), heading, scores: [], ask: false, fingerprint: fingerprintNow(), answered: true };
  }
  const controls = collectControls(doc);
  const evidence: Evidence = {
    texts: pageTexts(doc, heading),
    content: contentEvidence(doc, controls),
    concepts: controls.length > 0 ? conceptsOnPage(collectFields(doc, controls), SIGNATURES, DECIDE.conceptsEnough) : new Set(),
    path: new URL(url).pathname.toLowerCase(),
    read: textReader(),
  };
  const ranked = SIGNATURES.map((signature) => ({ signature, score: score(signature, evidence) }))
    .filter((entry) => entry.score > 0)
    .sort((x, y) => y.score - x.score);
  const scores = ranked.map(({ signature, score }) => ({ kind: signature.kind, score: Math.round(score * 100) / 100 }));
  const [first, second] = ranked;
  const common = { heading, scores, answered: false };
  const shown = (signature: PageSignature) =>
    !signature.needsConcepts || Object.keys(signature.concepts ?? {}).some((id) => evidence.concepts.has(id));
  const clear = first && first.score >= DECIDE.least && first.score - (second?.score ?? 0) >= DECIDE.lead && shown(first.signature);
  // Two kinds that only read the page (two lists, say) need no question: the better one reads no worse.
  const harmless = first && first.score >= DECIDE.least && !first.signature.asks && !second?.signature.asks;
  if (first && (clear || harmless))
    return laterFingerprint({ kind: first.signature.kind, signature: first.signature, ask: false, ...common }, fingerprintNow);
  const ask = worthAsking(evidence, first?.signature);
  const unplaced = { kind: 'unknown' as const, ask, ...common };
  // Where the question is asked, the fingerprint is of the page as asked about: a later change may be another page.
  return ask ? { ...unplaced, fingerprint: fingerprintNow() } : laterFingerprint(unplaced, fingerprintNow);
}

/**
 * A page placed without a question needs no fingerprint, so it is worked out, from the page as it then is, only if
 * something reads it: reading every control's name cost detection a tenth of its time.
 */
function laterFingerprint(page: Omit<DetectedPage, 'fingerprint'>, work: () => string): DetectedPage {
  let fingerprint: string | undefined;
  return Object.defineProperty(page, 'fingerprint', { get: () => (fingerprint ??= work()), enumerable: true }) as DetectedPage;
}
