/**
 * The markup corpus's figures for `npm run bench`: the tuning half and each held-out draw, measured the same way
 * (tests/fixtures/corpus-measure), written to bench/parts/corpus.json. Each held-out file (its seed and phrasebook) was
 * committed only with the frozen recogniser's result (README, "The markup corpus").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { measurePage, summarise, type PageMeasure } from '../fixtures/corpus-measure/measure';
import { generateCorpus, Phrasebook } from '../fixtures/markup-corpus/generate';
import type { CorpusPage } from '../fixtures/markup-corpus/key';
import { tuningCorpus } from '../fixtures/markup-corpus/tuning';
import { rowOf, type BenchRow } from './rows';

const FIXTURES = 'tests/fixtures/markup-corpus';

type HeldOutFile = { seed: number; secondDraw?: { seed: number }; phrasebook: unknown };
type Draw = { half: Half; pages: CorpusPage[] };
type Half = 'tuning' | 'held-out' | 'held-out-2' | 'held-out-3' | 'held-out-4' | 'held-out-5';

const NAMES: Record<Half, string> = {
  tuning: 'tuning corpus',
  'held-out': 'held-out corpus',
  'held-out-2': 'held-out corpus, second draw',
  'held-out-3': 'held-out corpus, third set',
  'held-out-4': 'held-out corpus, fourth set',
  'held-out-5': 'held-out corpus, fifth set',
};

function read(file: string): HeldOutFile | undefined {
  const path = `${FIXTURES}/${file}`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as HeldOutFile) : undefined;
}

/**
 * The held-out draws, each measured once on a frozen recogniser and committed with its result: the first phrasebook's
 * two draws (held-out.json), and sets with phrasebooks of their own (held-out-3.json to held-out-5.json).
 */
function heldOutDraws(): Draw[] {
  const draws: Draw[] = [];
  const first = read('held-out.json');
  if (first) {
    const book = Phrasebook.parse(first.phrasebook);
    draws.push({ half: 'held-out', pages: generateCorpus({ seed: first.seed, phrasebook: book }) });
    if (first.secondDraw) draws.push({ half: 'held-out-2', pages: generateCorpus({ seed: first.secondDraw.seed, phrasebook: book }) });
  }
  for (const half of ['held-out-3', 'held-out-4', 'held-out-5'] as const) {
    const set = read(`${half}.json`);
    if (set) draws.push({ half, pages: generateCorpus({ seed: set.seed, phrasebook: Phrasebook.parse(set.phrasebook) }) });
  }
  return draws;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

function rowsFor(half: Half, results: PageMeasure[]): BenchRow[] {
  const s = summarise(results);
  const name = NAMES[half];
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
      `confirmations whose receipt is right (${s.receipts.right} of ${s.receipts.of}${s.receipts.incomplete ? `; ${s.receipts.incomplete} with the references but not the amount` : ''})`,
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
  for (const { half, pages } of heldOutDraws()) {
    const results = await measureAll(pages);
    rows.push(...rowsFor(half, results));
    for (const r of results)
      if (r.problems.length || r.wrongFills.length || r.missed.length)
        console.info(half, r.id, r.detected, r.wrongFills, r.missed, r.problems);
  }
  mkdirSync('bench/parts', { recursive: true });
  writeFileSync('bench/parts/corpus.json', `${JSON.stringify({ rows }, null, 2)}\n`);
});
