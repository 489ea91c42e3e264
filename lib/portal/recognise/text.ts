const normalised = new Map<string, string>();
const REMEMBERED = 2_000;
/** Longer texts are not kept: labels that repeat are short, and a hostile page's huge ones should not stay in memory. */
const LONGEST_REMEMBERED = 200;

/**
 * Label text as the matcher compares it: lower case, no control characters, qualifiers or punctuation (anchors.md
 * §2.6.2). Remembered, since a long form repeats its labels: a 20-period Locum A has "Day", "Month" and "Year" 40 times.
 */
export function normaliseLabel(text: string): string {
  if (text.length > LONGEST_REMEMBERED) return normaliseOnce(text);
  let result = normalised.get(text);
  if (result === undefined) {
    if (normalised.size >= REMEMBERED) normalised.clear();
    result = normaliseOnce(text);
    normalised.set(text, result);
  }
  return result;
}

/** "2024/25": a scheme or tax year, when the second number is the year after the first (not "2026-01"). */
const SCHEME_YEAR = /\b(?:19|20)(\d\d)\s?[/-]\s?(\d\d)\b/g;

/** "g Employee contributions": a lower-case box letter before a capital is the box's letter, not an article. */
const LETTER_BEFORE_WORDS = /^\s*([a-j])\s+(?=[A-Z])/;
/** "(b) …", "b. …", "B: …": a box letter in brackets or before a stop, a bracket or a colon. */
const LETTER_MARKED = /^\s*(?:\(([a-j])\)|([a-j])\s*[.):]|\(([A-J])\)\s|([A-J])\s*[.):]\s)/;

/** The Locum B box letter a label starts with, as the paper Form B letters its boxes ("g", "b"), if any. */
export function boxLetterOf(raw: string): string | undefined {
  const match = LETTER_MARKED.exec(raw) ?? LETTER_BEFORE_WORDS.exec(raw);
  return match?.slice(1).find(Boolean)?.toLowerCase();
}

function normaliseOnce(text: string): string {
  const plain = squash(
    text
      .normalize('NFKD')
      .replace(/\p{C}/gu, ' ')
      .replace(LETTER_BEFORE_WORDS, '')
      // "Period(s) worked" is "periods worked": a plural mark, not a qualifier to drop.
      .replace(/(\p{L})\(s\)/gu, '$1s')
      // "2024/25" names a scheme or tax year: a figure of that year, whichever it is, is not this form's.
      .replace(SCHEME_YEAR, (span: string, first: string, next: string) =>
        (Number(first) + 1) % 100 === Number(next) ? ' yearspan ' : span,
      )
      .toLowerCase(),
  );
  // "(£)", "(optional)" and "(90% of fee)" qualify a label; they are not what it names. No bracket inside one:
  // `\([^)]*\)` rescanned to the end from every "(", so a page's label of "(((…" froze the tab.
  const unqualified = squash(plain.replace(/\([^()]*\)/g, ' ').replace(/^[a-j][.)]\s+/, ''));
  return words(unqualified || plain);
}

/**
 * The bracketed qualifiers normaliseLabel leaves out, each normalised: words there ("(excluding mileage)", "(90% of
 * fee)") are weaker evidence, not none.
 */
export function bracketed(text: string): string[] {
  if (!text.includes('(')) return [];
  return [...text.matchAll(/\(([^()]*)\)/g)].map((match) => normaliseLabel(match[1]!)).filter(Boolean);
}

/** Whitespace collapsed and trimmed: text as a person reads it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function words(text: string): string {
  return squash(text.replace(/[^\p{L}\p{N}%]+/gu, ' '));
}

/** Boilerplate in ASP.NET and framework ids that says nothing about a field's meaning. */
const NOISE = new Set([
  'ctl',
  'placeholdermain',
  'place',
  'holder',
  'main',
  'txt',
  'ddl',
  'chk',
  'rbl',
  'lbl',
  'hf',
  'input',
  'field',
  'tb',
  'cb',
]);

/** The words in an id or name: txtPracticeCode and practice-code both give practice, code. */
export function nameTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((token) => token.length > 0 && !NOISE.has(token));
}

/** Generated names (hex hashes made per page load) identify nothing from one visit to the next. */
export function looksGenerated(name: string): boolean {
  return /^[a-z_]?[0-9a-f]{8,}$/i.test(name) && /\d/.test(name);
}
