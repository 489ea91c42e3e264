// `npm test`: type-check, unit tests, build, end-to-end tests. Ends with one plain line, "N passed, N failed",
// the totals across every suite, because CI reads that line rather than Vitest's or Playwright's summaries.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDependencies, findChromium, run } from './lib/setup.mjs';

ensureDependencies();
process.env.CHROMIUM_PATH = findChromium();
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

function typecheck() {
  const ok = run('npx', ['tsc', '--noEmit']) === 0;
  record('typecheck', ok ? 1 : 0, ok ? 0 : 1);
}

function unit() {
  rmSync('out/vitest.json', { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=out/vitest.json']);
  const report = readJson('out/vitest.json');
  const failed = report ? report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) : 1;
  record('unit', report?.numPassedTests ?? 0, failed);
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

const started = Date.now();
typecheck();
unit();
if (build()) endToEnd();
else record('end-to-end', 0, 1);

console.log(`\n${suites.join('\n')}\nTook ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
