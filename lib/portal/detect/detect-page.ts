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
  /** The page's structure fingerprint (fingerprint.ts): what an answer to the question is kept against. */
  fingerprint: string;
  /** The kind is the user's own answer for this fingerprint. */
  answered: boolean;
};

/** The cue words a page text names (page-signatures.json `cues`), worked out once per text and asked of by every kind. */
type CuesOf = (text: string) => ReadonlySet<string>;

type Evidence = { texts: PageTexts; content: ContentEvidence; concepts: Set<string>; path: string; cuesOf: CuesOf };

const best = (values: number[]) => Math.max(0, ...values);

const CUE_NAMES = Object.keys(CUES);

/**
 * Each page text read once for its cues, instead of each kind looking for each cue's words in it again: a page's dozen
 * texts against a dozen kinds was thousands of whole-word searches on a cold page.
 */
function cueReader(): CuesOf {
  const read = new Map<string, ReadonlySet<string>>();
  return (text) => {
    let cues = read.get(text);
    if (!cues) {
      cues = new Set(CUE_NAMES.filter((cue) => CUES[cue]!.some((words) => hasWords(text, words))));
      read.set(text, cues);
    }
    return cues;
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

function namingScore(texts: PageTexts, signature: PageSignature, cuesOf: CuesOf): number {
  const fitOf = (text: string) => {
    const cues = cuesOf(text);
    return (
      Math.max(0, cueFit(cues, text, signature.naming), ...signature.headings.map((phrase) => phraseFit(text, phrase))) -
      againstFit(cues, signature.naming)
    );
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
  const { texts, content, concepts, path, cuesOf } = evidence;
  if (signature.needsControls && content.fillable === 0) return 0;
  return (
    namingScore(texts, signature, cuesOf) +
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
  const fingerprint = pageFingerprint(doc, url, heading);
  const answer = answers.find((a) => a.fingerprint === fingerprint);
  if (answer) {
    const kind = answeredKind(answer.kind, doc);
    const signature = SIGNATURES.find((s) => s.kind === kind);
    return { kind, ...(signature && { signature }), heading, scores: [], ask: false, fingerprint, answered: true };
  }
  const controls = collectControls(doc);
  const evidence: Evidence = {
    texts: pageTexts(doc, heading),
    content: contentEvidence(doc, controls),
    concepts: controls.length > 0 ? conceptsOnPage(collectFields(doc, controls), SIGNATURES, DECIDE.conceptsEnough) : new Set(),
    path: new URL(url).pathname.toLowerCase(),
    cuesOf: cueReader(),
  };
  const ranked = SIGNATURES.map((signature) => ({ signature, score: score(signature, evidence) }))
    .filter((entry) => entry.score > 0)
    .sort((x, y) => y.score - x.score);
  const scores = ranked.map(({ signature, score }) => ({ kind: signature.kind, score: Math.round(score * 100) / 100 }));
  const [first, second] = ranked;
  const common = { heading, scores, fingerprint, answered: false };
  const shown = (signature: PageSignature) =>
    !signature.needsConcepts || Object.keys(signature.concepts ?? {}).some((id) => evidence.concepts.has(id));
  const clear = first && first.score >= DECIDE.least && first.score - (second?.score ?? 0) >= DECIDE.lead && shown(first.signature);
  // Two kinds that only read the page (two lists, say) need no question: the better one reads no worse.
  const harmless = first && first.score >= DECIDE.least && !first.signature.asks && !second?.signature.asks;
  if (first && (clear || harmless)) return { kind: first.signature.kind, signature: first.signature, ask: false, ...common };
  const ask = worthAsking(evidence, first?.signature);
  return { kind: 'unknown', ask, ...common };
}
