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

/** The words of a normalised label in their base forms, so "employer's contributions" reads "employer contribution". */
export function baseWords(normalised: string): string[] {
  return normalised
    .split(' ')
    .filter((word) => word && word !== 's')
    .map(baseForm);
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
