// `npm test`: the house checks (format and lint by Biome, import boundaries by dependency-cruiser, dead code by knip), type-check, unit tests, build, end-to-end tests, the performance regression check, then the Firefox smoke test in
// firefox-esr (installed from Debian when missing and run as root on Debian; skipped, not failed, when there is none), then the release suite (production zips and the
// tests that read them) and npm audit of the runtime dependencies (skipped, with the reason, when the registry gives
// no audit). Ends with one plain line, "N passed, N failed", the totals across every suite, because CI reads that
// line rather than Vitest's or Playwright's summaries.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { auditVerdict } from './lib/audit.mjs';
import { ensureDependencies, ensurePdfTools, findChromium, findFirefox, run } from './lib/setup.mjs';

ensureDependencies();
process.env.CHROMIUM_PATH = findChromium();
ensurePdfTools();
mkdirSync('out', { recursive: true });

const totals = { passed: 0, failed: 0 };
const suites = [];

function record(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  suites.push(`${name}: ${passed} passed, ${failed} failed`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** One command that passes or fails as a whole: the format/lint, boundary and dead-code checks. */
function check(name, command, args) {
  const ok = run(command, args) === 0;
  record(name, ok ? 1 : 0, ok ? 0 : 1);
}

function houseChecks() {
  check('format and lint (biome ci)', 'npx', ['biome', 'ci', '.']);
  check('import boundaries (dependency-cruiser)', 'npx', [
    'depcruise',
    'lib',
    'components',
    'entrypoints',
    'tests',
    '--config',
    '.dependency-cruiser.cjs',
  ]);
  check('dead code (knip)', 'npx', ['knip']);
}

function typecheck() {
  const ok = run('npx', ['tsc', '--noEmit']) === 0;
  record('typecheck', ok ? 1 : 0, ok ? 0 : 1);
}

/** A Vitest run counted from its JSON report; a failure outside any test (a file that cannot load) counts as one. */
function vitest(name, report, args = []) {
  rmSync(report, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  const result = readJson(report);
  const failed = result ? result.numFailedTests + (status !== 0 && result.numFailedTests === 0 ? 1 : 0) : 1;
  record(name, result?.numPassedTests ?? 0, failed);
}

function unit() {
  vitest('unit', 'out/vitest.json');
}

function build() {
  const ok = run('npx', ['wxt', 'build', '--mode', 'test']) === 0;
  record('build', ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function endToEnd() {
  rmSync('out/playwright.json', { force: true });
  const status = run('npx', ['playwright', 'test']);
  const stats = readJson('out/playwright.json')?.stats;
  const failed = stats ? stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0) : 1;
  record('end-to-end', stats ? stats.expected + stats.flaky : 0, failed);
}

/** The performance regression check (`scripts/bench.mjs --check`) on the test build just made: 5 page loads per figure, 3 × budget. */
function benchRegression() {
  rmSync('out/bench-check.json', { force: true });
  run('node', ['scripts/bench.mjs', '--check', '--no-build']);
  const outcome = readJson('out/bench-check.json');
  record('bench regression', outcome?.passed ?? 0, outcome ? outcome.failed : 1);
}

/** The Firefox test build in firefox-esr (tests/firefox/smoke.mjs); one suite line of its own. */
function firefoxSmoke() {
  const firefox = findFirefox();
  if (!firefox) {
    const why = 'no Firefox found (Debian: `apt-get install firefox-esr`, or set FIREFOX_PATH)';
    console.log(`\nFirefox smoke test skipped: ${why}.`);
    suites.push(`firefox smoke: skipped, ${why}`);
    return;
  }
  const built = run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test']) === 0;
  if (!built) console.log('firefox smoke: failed: the Firefox test build (wxt build -b firefox --mode test) failed, see above.');
  // The smoke test stops itself after 60 s; the extra time here only guards against a hung child.
  const ok =
    built &&
    run('node', ['tests/firefox/smoke.mjs', '--no-build'], { env: { ...process.env, FIREFOX_PATH: firefox }, timeout: 90_000 }) === 0;
  record('firefox smoke', ok ? 1 : 0, ok ? 0 : 1);
}

/** Production builds and zips (`npm run zip`), then tests/release, which reads them: manifests, no network, web-ext lint, the sources zip, the Chrome zip loaded in Chromium. */
function release() {
  const zipped = run('npm', ['run', 'zip']) === 0;
  record('release zip', zipped ? 1 : 0, zipped ? 0 : 1);
  if (zipped) vitest('release', 'out/release.json', ['--config', 'tests/release/vitest.config.ts']);
  else record('release', 0, 1);
}

/** Known advisories against the runtime dependencies (the ones shipped in the extension): any high or critical fails. */
function npmAudit() {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
  const verdict = auditVerdict(audit.stdout ?? '');
  if (verdict.status === 'skipped') {
    console.log(`\nnpm audit skipped: ${verdict.reason}.`);
    suites.push(`npm audit: skipped, ${verdict.reason}`);
    return;
  }
  console.log(`\nnpm audit of the runtime dependencies: ${verdict.summary}.`);
  record('npm audit', verdict.status === 'passed' ? 1 : 0, verdict.status === 'passed' ? 0 : 1);
}

const started = Date.now();
houseChecks();
typecheck();
unit();
if (build()) {
  endToEnd();
  benchRegression();
} else {
  record('end-to-end', 0, 1);
  record('bench regression', 0, 1);
}
firefoxSmoke();
const releaseStarted = Date.now();
release();
npmAudit();
console.log(`\nRelease suite and npm audit took ${((Date.now() - releaseStarted) / 1000).toFixed(1)} s.`);

console.log(`\n${suites.join('\n')}\nTook ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
