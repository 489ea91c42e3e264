/**
 * The tuning half of the markup corpus (tests/fixtures/markup-corpus): pages rendered from GOV.UK Frontend, NHS.UK
 * Frontend, Bootstrap, react-bootstrap and legacy styles, worded from the phrasebook's tuning half. Tuning may look at
 * these pages; the held-out half is measured only by `npm run bench` (README, "The markup corpus").
 *
 * Every tuning page must be right: its kind, every ledger field, its receipt, its review, its statuses; and no control
 * may ever hold something the key does not expect.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { measurePage, summarise, type PageMeasure } from '../../fixtures/corpus-measure/measure';
import { tuningCorpus } from '../../fixtures/markup-corpus/tuning';

const pages = tuningCorpus();
const results: PageMeasure[] = [];

describe('the markup corpus, tuning half', () => {
  it.each(pages.map((page) => [page.id, page] as const))('%s', async (_id, page) => {
    const result = await measurePage(page);
    results.push(result);
    expect(result.wrongFills, 'nothing is ever filled wrong').toEqual([]);
    expect(result.detected, `${page.id} is a ${page.kind}: ${result.problems.join(' | ')}`).toBe(page.kind);
    expect(result.missed, 'every ledger field holds its value').toEqual([]);
    expect(result.fields.right).toBe(result.fields.total);
    expect(result.problems).toEqual([]);
  });

  afterAll(() => {
    if (results.length) console.info('markup corpus, tuning half:', JSON.stringify(summarise(results)));
  });
});
