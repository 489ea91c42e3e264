/**
 * One measurement for scripts/fit-evidence.mjs: the markup corpus's tuning half (never the held-out half), forms only,
 * filled with the weights now in evidence-weights.json. Prints "FIT-SCORE" and the figures as JSON. A process per
 * measurement, since happy-dom keeps some memory for every page it has loaded.
 */
import { it } from 'vitest';
import { measurePage } from '../tests/fixtures/corpus-measure/measure';
import { tuningCorpus } from '../tests/fixtures/markup-corpus/tuning';

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
    wrong += result.wrongFills.length;
  }
  console.info(`FIT-SCORE ${JSON.stringify({ right, total, wrong })}`);
}, 600_000);
