import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWords } from '@/lib/portal/recognise/match';

/** The definition hasWords keeps without building the strings. */
const padded = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);

describe('hasWords', () => {
  it('finds a phrase as whole words only', () => {
    expect(hasWords('date paid to practice', 'paid to')).toBe(true);
    expect(hasWords('date paid', 'date paid')).toBe(true);
    expect(hasWords('unpaid', 'paid')).toBe(false);
    expect(hasWords('paid today', 'paid to')).toBe(false);
    expect(hasWords('paid paid to', 'paid to')).toBe(true);
  });

  it('answers as the padded search does, for any text and phrase', () => {
    const words = fc.stringMatching(/^[ ab]{0,8}$/);
    fc.assert(fc.property(words, words, (text, phrase) => hasWords(text, phrase) === padded(text, phrase)));
  });
});
