import type { Concept, Decoy } from './concepts';
import { baseWords, meaningful } from './words';

/** A phrase in base words (words.ts): as one string, and its meaningful words to look for one by one. */
export type Phrase = { text: string; meaning: string[] };

/** A concept's or decoy's phrases in base words, its exact texts and the texts that rule it out, as texts are compared with them. */
export type PhraseForms = { phrases: Phrase[]; exact: string[]; unless: string[] };

function phrase(text: string): Phrase {
  const words = baseWords(text);
  return { text: words.join(' '), meaning: meaningful(words) };
}

export function phraseForms({ concept, decoy }: { concept?: Concept; decoy?: Decoy }): PhraseForms {
  return {
    phrases: (concept?.labels ?? decoy?.phrases ?? []).map(phrase),
    exact: (concept?.exact ?? []).map((text) => phrase(text).text),
    unless: (concept?.unless ?? []).map((text) => phrase(text).text),
  };
}
