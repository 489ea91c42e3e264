// `npm run fit-evidence`: fits lib/portal/recognise/evidence-weights.json on the markup corpus's tuning half (never the
// held-out half). Coordinate ascent over the weights read when a field is weighed (sources, shapes, options, decide):
// each is tried scaled down and up in turn and kept only if more ledger fields come out right with no more wrong fills.
// The weights baked into what a text says (match, bracket, denied, weakDecoy) stay hand-set. Each measurement is a
// process of its own (scripts/fit-evidence.score.ts); the file ends with the best weights found, each keeping its why.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'lib/portal/recognise/evidence-weights.json';
const FACTORS = [0.5, 0.75, 1.5];
const PASSES = Number(process.env.FIT_PASSES ?? 2);
/** A wrong fill costs more than any number of right ones: the fit never trades one for the other. */
const WRONG_FILL = 10_000;

const weights = JSON.parse(readFileSync(FILE, 'utf8'));

function measure() {
  writeFileSync(FILE, `${JSON.stringify(weights, null, 2)}\n`);
  const out = execFileSync('npx', ['vitest', 'run', '-c', 'scripts/fit-evidence.vitest.config.ts'], { encoding: 'utf8', stdio: 'pipe' });
  const figures = JSON.parse(/FIT-SCORE (\{.*\})/.exec(out)[1]);
  return { ...figures, value: figures.right - WRONG_FILL * figures.wrong };
}

/** Every weight the fit may move, as an object and a key. */
function knobs() {
  const found = Object.keys(weights.sources).map((source) => [`sources.${source}`, weights.sources[source], 'weight']);
  for (const [shape, { weights: byKey }] of Object.entries(weights.shapes))
    for (const key of Object.keys(byKey)) found.push([`shapes.${shape}.${key}`, byKey, key]);
  found.push(['options', weights.options, 'weight']);
  for (const key of ['least', 'tie', 'clearLead']) found.push([`decide.${key}`, weights.decide, key]);
  return found;
}

const round = (value) => Math.round(value * 100) / 100;
let best = measure();
console.info(`start: ${best.right}/${best.total} right, ${best.wrong} wrong fills`);
for (let pass = 0; pass < PASSES; pass++) {
  let improved = false;
  for (const [name, holder, key] of knobs()) {
    const start = holder[key];
    for (const factor of FACTORS) {
      holder[key] = round(start * factor);
      const tried = measure();
      if (tried.value > best.value) {
        best = tried;
        improved = true;
        console.info(`${name}: ${start} → ${holder[key]}: ${best.right}/${best.total} right, ${best.wrong} wrong fills`);
        break;
      }
      holder[key] = start;
    }
  }
  if (!improved) break;
}
writeFileSync(FILE, `${JSON.stringify(weights, null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', FILE]);
console.info(`fitted: ${best.right}/${best.total} right, ${best.wrong} wrong fills; written to ${FILE}`);
