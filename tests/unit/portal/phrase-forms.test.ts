import { describe, expect, it } from 'vitest';
import { prebuiltCode } from '../../../scripts/lib/prebuilt.mjs';
import { CONCEPTS_FILE } from '@/lib/portal/recognise/concepts';
import { PHRASE_FORMS } from '@/lib/portal/recognise/phrase-forms';
import { phraseForms } from '@/lib/portal/recognise/phrases';

describe('phrase forms worked out at build time', () => {
  it('are every concept and decoy of concepts.json, in its order', () => {
    expect(PHRASE_FORMS.concepts).toEqual(CONCEPTS_FILE.concepts.map((concept) => phraseForms({ concept })));
    expect(PHRASE_FORMS.decoys).toEqual(CONCEPTS_FILE.decoys.map((decoy) => phraseForms({ decoy })));
  });

  it('ship as exactly what the module works out', async () => {
    const { code, dependencies } = await prebuiltCode('lib/portal/recognise/phrase-forms.ts');
    const shipped = await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`);
    expect({ ...shipped }).toStrictEqual({ PHRASE_FORMS });
    // The build works them out again when the data or the code behind them changes.
    expect(dependencies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/concepts\.json$/),
        expect.stringMatching(/words\.json$/),
        expect.stringMatching(/words\.ts$/),
      ]),
    );
  });
});
