import { CONCEPTS_FILE } from './concepts';
import { phraseForms } from './phrases';

/**
 * The phrase forms of concepts.json's concepts and decoys, in its order. The extension build works this module out in
 * advance (scripts/lib/prebuilt.mjs) and ships the result, so a page does not put some 400 phrases into base words
 * the first time it reads a field; concepts.json and words.json stay the source, and tests evaluate it as it stands.
 */
export const PHRASE_FORMS = {
  concepts: CONCEPTS_FILE.concepts.map((concept) => phraseForms({ concept })),
  decoys: CONCEPTS_FILE.decoys.map((decoy) => phraseForms({ decoy })),
};
