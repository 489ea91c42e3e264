// @vitest-environment node
// The lint rule against markup and code sinks (scripts/lint-sinks.mjs), run inside `npm test` through Vitest.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource, lintTree } from '../../../scripts/lint-sinks.mjs';

const ROOT = path.resolve(__dirname, '../../..');

/** One banned pattern per line, numbered from 1. */
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
  'const link = <a href="javascript:void 0">x</a>;',
  "document.createRange().createContextualFragment('<b>x</b>');",
  'const url = `javascript:${code}`;',
  "document.body?.setHTMLUnsafe('<b>x</b>');",
];
const GOOD_SAMPLE = [
  "document.body.textContent = '<b>page text</b>';",
  "const node = document.createElement('b');",
  'const el = <div title="<b>">{"<img src=x>"}</div>;',
  "const note: string = 'no javascript: here';",
  'evaluate(1); const markup = page.html;',
];

describe('the rule against markup and code sinks in our code', () => {
  it('finds nothing in entrypoints/, components/ and lib/', () => {
    const { files, problems } = lintTree(['entrypoints', 'components', 'lib'], ROOT);
    // A rule that silently read no files would pass for the wrong reason.
    expect(files).toBeGreaterThan(100);
    expect(problems, 'each line is file:line: the banned use').toEqual([]);
  });

  it('catches every banned pattern in a sample, and only those', () => {
    const found = lintSource([...BAD_SAMPLE, ...GOOD_SAMPLE].join('\n'), 'sample.tsx');
    expect([...new Set(found.map(({ line }) => line))]).toEqual(BAD_SAMPLE.map((_, i) => i + 1));
    expect(found.every(({ message }) => message.length > 10)).toBe(true);
  });
});
