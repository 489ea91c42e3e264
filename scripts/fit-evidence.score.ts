/**
 * One measurement for scripts/fit-evidence.mjs: the markup corpus's tuning half (never the held-out half), forms only,
 * filled with the weights now in evidence-weights.json. Prints "FIT-SCORE" and the figures as JSON. A process per
 * measurement, since happy-dom keeps some memory for every page it has loaded.
 */
import { it } from 'vitest';
import { poundsText } from '../lib/portal/fill/formats';
import { measurePage } from '../tests/fixtures/corpus-measure/measure';
import type { CorpusPage } from '../tests/fixtures/markup-corpus/key';
import { tuningCorpus } from '../tests/fixtures/markup-corpus/tuning';

/**
 * The key leaves a box the portal calculates (pensionable pay, employer contribution) without an expected value, so the
 * ledger's own exact amount written there counts as a wrong fill: not one the weights should be bent to avoid.
 */
function ledgerOwn(page: CorpusPage, wrong: string): boolean {
  const [concept, shown] = wrong.split(': value=');
  const pence = page.values?.values[concept ?? ''];
  return typeof pence === 'string' && /^\d+$/.test(pence) && shown === poundsText(Number(pence));
}

/** Without style sheets and scripts: happy-dom would report each one it cannot load. */
const withoutAssets = (html: string) => html.replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>|<link\b[^>]*>/gi, '');

it('measures the tuning half', async () => {
  let right = 0;
  let total = 0;
  let wrong = 0;
  for (const page of tuningCorpus().filter((p) => p.kind === 'locumAForm' || p.kind === 'locumBForm')) {
    const result = await measurePage({ ...page, html: withoutAssets(page.html) });
    right += result.fields.right;
    total += result.fields.total;
    wrong += result.wrongFills.filter((w) => !ledgerOwn(page, w)).length;
  }
  console.info(`FIT-SCORE ${JSON.stringify({ right, total, wrong })}`);
}, 600_000);
