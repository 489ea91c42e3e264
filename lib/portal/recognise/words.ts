import * as z from 'zod/mini';
import data from './words.json';

const WordMap = z.record(z.string(), z.string());
const Words = z.object({
  about: z.string(),
  stems: WordMap,
  keep: z.array(z.string()),
  synonyms: WordMap,
  ignored: z.array(z.string()),
  negators: z.array(z.string()),
});

const WORDS = Words.parse(data);
const KEEP = new Set(WORDS.keep);
const IGNORED = new Set(WORDS.ignored);

function baseForm(word: string): string {
  const form = WORDS.stems[word] ?? WORDS.synonyms[word] ?? word;
  if (form !== word || KEEP.has(word) || word.length <= 3 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return form;
  return word.slice(0, -1);
}

const based = new Map<string, string[]>();
const REMEMBERED = 2_000;

/**
 * The words of a normalised label in their base forms, so "employer's contributions" reads "employer contribution".
 * Remembered, as normaliseLabel is: a page's labels repeat, and phrases are read once per page load.
 */
export function baseWords(normalised: string): string[] {
  let words = based.get(normalised);
  if (!words) {
    words = normalised
      .split(' ')
      .filter((word) => word && word !== 's')
      .map(baseForm);
    if (based.size >= REMEMBERED) based.clear();
    if (normalised.length <= 200) based.set(normalised, words);
  }
  return words;
}

/** The words that carry meaning: a phrase's words are looked for among these one by one. */
export function meaningful(words: string[]): string[] {
  return words.filter((word) => !IGNORED.has(word));
}

const NEGATORS = WORDS.negators.map((negator) => negator.split(' '));

/**
 * A label split where it starts naming what the field is not: "fee excluding employer contributions" is said of a
 * fee, and says the field is not the employer contribution.
 */
export function splitNegation(words: string[]): { said: string[]; denied: string[] } {
  for (let i = 0; i < words.length; i++)
    for (const negator of NEGATORS)
      if (negator.every((word, j) => words[i + j] === word)) return { said: words.slice(0, i), denied: words.slice(i + negator.length) };
  return { said: words, denied: [] };
}
