/**
 * The markup corpus's figures for `npm run bench`: the tuning half and the held-out half's two draws, measured the same
 * way (tests/fixtures/corpus-measure), written to bench/parts/corpus.json. The held-out half (held-out.json: its seeds
 * and its phrasebook half) was committed only with the frozen recogniser's result (README, "The markup corpus").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { measurePage, summarise, type PageMeasure } from '../fixtures/corpus-measure/measure';
import { generateCorpus, Phrasebook } from '../fixtures/markup-corpus/generate';
import type { CorpusPage } from '../fixtures/markup-corpus/key';
import { tuningCorpus } from '../fixtures/markup-corpus/tuning';
import { rowOf, type BenchRow } from './rows';

const HELD_OUT = 'tests/fixtures/markup-corpus/held-out.json';

type HeldOut = { seed: number; secondDraw: { seed: number }; phrasebook: unknown };

/** The held-out half's two draws: the first, measured on the frozen recogniser; the second, drawn after its fixes. */
function heldOutCorpora(): { first: CorpusPage[]; second: CorpusPage[] } | undefined {
  if (!existsSync(HELD_OUT)) return undefined;
  const { seed, secondDraw, phrasebook } = JSON.parse(readFileSync(HELD_OUT, 'utf8')) as HeldOut;
  const book = Phrasebook.parse(phrasebook);
  return { first: generateCorpus({ seed, phrasebook: book }), second: generateCorpus({ seed: secondDraw.seed, phrasebook: book }) };
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

function rowsFor(half: 'tuning' | 'held-out' | 'held-out-2', results: PageMeasure[]): BenchRow[] {
  const s = summarise(results);
  const name = { tuning: 'tuning corpus', 'held-out': 'held-out corpus', 'held-out-2': 'held-out corpus, second draw' }[half];
  const row = (id: string, metric: string, unit: BenchRow['unit'], value: number) =>
    rowOf(`${half}-${id}`, `${name}: ${metric}`, unit, [value]);
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
  const heldOut = heldOutCorpora();
  if (heldOut)
    for (const [half, pages] of [
      ['held-out', heldOut.first],
      ['held-out-2', heldOut.second],
    ] as const) {
      const results = await measureAll(pages);
      rows.push(...rowsFor(half, results));
      for (const r of results)
        if (r.problems.length || r.wrongFills.length || r.missed.length)
          console.info(half, r.id, r.detected, r.wrongFills, r.missed, r.problems);
    }
  mkdirSync('bench/parts', { recursive: true });
  writeFileSync('bench/parts/corpus.json', `${JSON.stringify({ rows }, null, 2)}\n`);
});
