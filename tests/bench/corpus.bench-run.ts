/**
 * The markup corpus's figures for `npm run bench`: both halves measured the same way (tests/fixtures/corpus-measure),
 * written to bench/parts/corpus.json. The held-out half (tests/fixtures/markup-corpus/held-out.json: its seed and its
 * phrasebook half) was committed only with the frozen recogniser's result; without it the held-out rows are left out.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { measurePage, summarise, type PageMeasure } from '../fixtures/corpus-measure/measure';
import { generateCorpus, Phrasebook } from '../fixtures/markup-corpus/generate';
import type { CorpusPage } from '../fixtures/markup-corpus/key';
import { tuningCorpus } from '../fixtures/markup-corpus/tuning';
import { rowOf, type BenchRow } from './rows';

const HELD_OUT = 'tests/fixtures/markup-corpus/held-out.json';

function heldOutCorpus(): CorpusPage[] | undefined {
  if (!existsSync(HELD_OUT)) return undefined;
  const { seed, phrasebook } = JSON.parse(readFileSync(HELD_OUT, 'utf8')) as { seed: number; phrasebook: unknown };
  return generateCorpus({ seed, phrasebook: Phrasebook.parse(phrasebook) });
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

function rowsFor(half: 'tuning' | 'held-out', results: PageMeasure[]): BenchRow[] {
  const s = summarise(results);
  const row = (id: string, metric: string, unit: BenchRow['unit'], value: number) =>
    rowOf(`${half}-${id}`, `${half} corpus: ${metric}`, unit, [value]);
  return [
    row('pages', `pages (${s.kindRight} kind right, ${s.kindAsked} asked, ${s.kindWrong} wrong)`, 'pages', s.pages),
    row('kind', 'pages whose kind is right or asked', '%', percent(s.kindRight + s.kindAsked, s.pages)),
    row('asked', 'pages asked "What is this page?"', 'pages', s.kindAsked),
    row('fields', `ledger fields right (${s.fieldsRight} of ${s.fieldsTotal})`, '%', percent(s.fieldsRight, s.fieldsTotal)),
    row('wrong-fills', 'wrong fills', 'fills', s.wrongFills),
    row(
      'receipts',
      `confirmations whose receipt is right (${s.receipts.right} of ${s.receipts.of})`,
      '%',
      percent(s.receipts.right, s.receipts.of),
    ),
    row('wrong-receipts', 'receipts taken from the wrong text', 'fills', s.receipts.wrong),
    row(
      'approver',
      `approval reviews the approver check ran on (${s.reviews.ran} of ${s.reviews.of}; ${s.reviews.right} read right)`,
      '%',
      percent(s.reviews.ran, s.reviews.of),
    ),
    row('lists', `list pages whose statuses are read right (${s.lists.right} of ${s.lists.of})`, '%', percent(s.lists.right, s.lists.of)),
  ];
}

async function measureAll(pages: CorpusPage[]): Promise<PageMeasure[]> {
  const results: PageMeasure[] = [];
  for (const page of pages) results.push(await measurePage(page));
  return results;
}

it('measures the markup corpus', async () => {
  const rows = rowsFor('tuning', await measureAll(tuningCorpus()));
  const heldOut = heldOutCorpus();
  if (heldOut) {
    const results = await measureAll(heldOut);
    rows.push(...rowsFor('held-out', results));
    for (const r of results)
      if (r.problems.length || r.wrongFills.length || r.missed.length) console.info(r.id, r.detected, r.wrongFills, r.missed, r.problems);
  }
  mkdirSync('bench/parts', { recursive: true });
  writeFileSync('bench/parts/corpus.json', `${JSON.stringify({ rows }, null, 2)}\n`);
});
