// `npm run bench`: every figure of issue 6 in one table (metric, median, min–max, budget, baseline, ratio), written to
// bench/results.json and into the README between the bench markers, with the machine and the date.
// `node scripts/bench.mjs --check`: the regression check inside `npm test`; fewer page loads, nothing written but
// out/bench-check.json, and a figure fails only when it is over 3 × its budget (or 3 × its recorded median in
// bench/results.json, for a figure not yet within budget), so a busy machine does not fail it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { build } from 'vite';
import { findChromium, run } from './lib/setup.mjs';

const CHECK = process.argv.includes('--check');
// `npm test` has just built the test extension; building it again would only cost time.
const BUILD = !process.argv.includes('--no-build');
const CHECK_FACTOR = 3;
const PARTS = ['engine', 'extension', 'portal', 'corpus'];
const { budgets } = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));

const env = { ...process.env, CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? findChromium() };
// The check runs fewer page loads; the engine's runs take a second in all, so it keeps them and its JIT stays warm.
const browserEnv = CHECK ? { ...env, BENCH_RUNS: process.env.BENCH_RUNS ?? '5' } : env;
const step = ([command, args, stepEnv]) => run(command, args, { env: stepEnv }) === 0;

const ENGINE_BUNDLE = 'out/bench-engine/engine.run.mjs';

/** The engine benchmark bundled as the extension's code is (one module, direct calls), then run in Node. */
async function bundleEngineBench() {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'tests/bench/engine.run.ts',
      outDir: 'out/bench-engine',
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'engine.run.mjs' } },
    },
  });
}

async function measure() {
  rmSync('bench/parts', { recursive: true, force: true });
  await bundleEngineBench();
  const steps = [
    ['node', [ENGINE_BUNDLE], env],
    ...(BUILD ? [['npx', ['wxt', 'build', '--mode', 'test'], env]] : []),
    ['npx', ['playwright', 'test', '-c', 'tests/bench/playwright.config.ts'], browserEnv],
    ['npx', ['vitest', 'run', '-c', 'tests/bench/corpus.vitest.config.ts'], env],
  ];
  return steps.every(step);
}

function gather() {
  return PARTS.flatMap((part) => {
    const file = `bench/parts/${part}.json`;
    if (!existsSync(file)) throw new Error(`${file} is missing: the ${part} benchmark did not finish.`);
    return JSON.parse(readFileSync(file, 'utf8')).rows.map((row) => ({
      ...row,
      ...(budgets[row.id] !== undefined ? { budget: budgets[row.id] } : {}),
    }));
  });
}

function machine() {
  const chromium = execFileSync(env.CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

const figure = (value, unit) =>
  unit === 'KB'
    ? value.toFixed(1)
    : unit === 'x'
      ? `${value.toFixed(2)}×`
      : unit === 'actions' || unit === 'pages' || unit === 'fills'
        ? String(Math.round(value))
        : value.toFixed(1);
const withUnit = (value, unit) =>
  unit === 'x' ? figure(value, unit) : unit === '%' ? `${figure(value, unit)}%` : `${figure(value, unit)} ${unit}`;

/** A budget is a most (a number), or a least ({ "atLeast": n }) for figures where more is better, such as fields right. */
const leastOf = (budget) => (typeof budget === 'object' ? budget.atLeast : undefined);
const withinBudget = (row) => (leastOf(row.budget) !== undefined ? row.median >= leastOf(row.budget) : row.median <= row.budget);
const budgetText = (row) =>
  leastOf(row.budget) !== undefined ? `≥ ${withUnit(leastOf(row.budget), row.unit)}` : `≤ ${withUnit(row.budget, row.unit)}`;

function tableOf(rows) {
  const lines = ['| metric | median | min–max | budget | baseline | ratio |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const range = row.runs > 1 ? `${figure(row.min, row.unit)}–${figure(row.max, row.unit)}` : '—';
    const budget = row.budget === undefined ? '—' : `${withinBudget(row) ? '✓' : '✗'} ${budgetText(row)}`;
    const baseline = row.baseline ? `${row.baseline.name}: ${withUnit(row.baseline.median, row.unit)}` : '—';
    const ratio = row.baseline ? `${(row.baseline.median / row.median).toFixed(1)}×` : '—';
    lines.push(`| ${row.metric} | ${withUnit(row.median, row.unit)} | ${range} | ${budget} | ${baseline} | ${ratio} |`);
  }
  return lines.join('\n');
}

function updateReadme(results) {
  const { machine: m } = results;
  const block = [
    '<!-- bench:start -->',
    `Measured ${results.date.slice(0, 10)} by \`npm run bench\` on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; ${m.chromium}. Medians; ratio = baseline ÷ median.`,
    '',
    tableOf(results.rows),
    '<!-- bench:end -->',
  ].join('\n');
  const readme = readFileSync('README.md', 'utf8');
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block);
  if (updated === readme && !readme.includes(block))
    throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block to update.');
  writeFileSync('README.md', updated);
}

/** The check's outcome for scripts/test.mjs, which counts each budget checked as one test. */
function writeCheck(outcome) {
  mkdirSync('out', { recursive: true });
  writeFileSync('out/bench-check.json', `${JSON.stringify(outcome, null, 2)}\n`);
}

/** The medians of the last full `npm run bench`, committed in bench/results.json. */
function recordedMedians() {
  if (!existsSync('bench/results.json')) return new Map();
  return new Map(JSON.parse(readFileSync('bench/results.json', 'utf8')).rows.map((row) => [row.id, row.median]));
}

/**
 * 3 × the budget, or 3 × the recorded median for a figure not yet within its budget: a regression check, not the budget
 * itself. A count of wrong fills has a budget of 0, so any wrong fill fails. A least (fields right) is not timing and
 * does not wobble: it must stay at its budget, or at the recorded figure when that is lower.
 */
function check(rows) {
  const recorded = recordedMedians();
  let failed = 0;
  for (const row of rows.filter((r) => r.budget !== undefined)) {
    const least = leastOf(row.budget);
    // A count with a budget of 0 (wrong fills) does not wobble: it may not grow past the last recorded count at all.
    const limit =
      least !== undefined
        ? Math.min(least, recorded.get(row.id) ?? least)
        : row.budget === 0
          ? (recorded.get(row.id) ?? 0)
          : Math.max(row.budget, recorded.get(row.id) ?? 0) * CHECK_FACTOR;
    const ok = least !== undefined ? row.median >= limit : row.median <= limit;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${row.metric}: ${withUnit(row.median, row.unit)}, ${least !== undefined ? 'at least' : 'limit'} ${withUnit(limit, row.unit)}`,
    );
  }
  return failed;
}

if (!(await measure())) {
  console.error('A benchmark step failed: see the output above.');
  if (CHECK) writeCheck({ passed: 0, failed: 1 });
  process.exit(1);
}
const results = { date: new Date().toISOString(), machine: machine(), rows: gather() };
console.log(`\n${tableOf(results.rows)}\n`);
if (CHECK) {
  const failed = check(results.rows);
  const passed = results.rows.filter((r) => r.budget !== undefined).length - failed;
  writeCheck({ passed, failed, results });
  console.log(`bench regression: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
updateReadme(results);
console.log('Wrote bench/results.json and the README table.');
