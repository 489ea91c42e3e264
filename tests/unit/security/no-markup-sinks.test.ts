// @vitest-environment node
// The lint rule against markup and code sinks (.oxlintrc.json), run inside `npm test` through Vitest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const OXLINT = path.join(ROOT, 'node_modules/.bin/oxlint');
const CONFIG = path.join(ROOT, '.oxlintrc.json');
const OUR_CODE = ['entrypoints', 'components', 'lib'];

type Report = { diagnostics: { message: string; filename: string; labels: { span: { line: number } }[] }[]; number_of_files: number };

/** oxlint's JSON report; it exits 1 when it finds anything, which is a result here, not a failure to run. */
function lint(paths: string[]): Report {
  try {
    return JSON.parse(execFileSync(OXLINT, ['-c', CONFIG, '--format', 'json', ...paths], { cwd: ROOT, encoding: 'utf8' })) as Report;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return JSON.parse(stdout) as Report;
    throw error;
  }
}

const violations = (report: Report) =>
  report.diagnostics.map((d) => `${path.relative(ROOT, d.filename)}:${d.labels[0]?.span.line ?? '?'}: ${d.message}`).sort();

/** One banned pattern per line, numbered from 1 as oxlint counts. */
const BAD_SAMPLE = [
  "document.body.innerHTML = '<b>page text</b>';",
  'const html = document.body.outerHTML;',
  "document.body['innerHTML'] = 'x';",
  "document.body.insertAdjacentHTML('beforeend', 'x');",
  "document.write('x');",
  "eval('1');",
  "window.eval('1');",
  "const made = new Function('return 1');",
  "const div = <div dangerouslySetInnerHTML={{ __html: 'x' }} />;",
  "const link = <a href=\"javascript:void 0\">x</a>;",
  "document.createRange().createContextualFragment('<b>x</b>');",
];
const GOOD_SAMPLE = ["document.body.textContent = '<b>page text</b>';", "const node = document.createElement('b');", 'const el = <div title="<b>">{"<img src=x>"}</div>;'];

describe('the rule against markup and code sinks in our code', () => {
  it('finds nothing in entrypoints/, components/ and lib/', () => {
    const report = lint(OUR_CODE);
    // A config that silently matched no files would pass for the wrong reason.
    expect(report.number_of_files).toBeGreaterThan(100);
    expect(violations(report), 'each line is file:line: the banned use').toEqual([]);
  });

  it('catches every banned pattern in a sample, and only those', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-sample-'));
    try {
      const file = path.join(dir, 'sample.tsx');
      writeFileSync(file, [...BAD_SAMPLE, ...GOOD_SAMPLE].join('\n'));
      const flagged = new Set(lint([file]).diagnostics.map((d) => d.labels[0]!.span.line));
      expect([...flagged].sort((a, b) => a - b)).toEqual(BAD_SAMPLE.map((_, i) => i + 1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
