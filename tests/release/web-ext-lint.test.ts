// Firefox: Mozilla's own linter (the one addons.mozilla.org runs on upload) finds no error in the production build,
// and every warning it gives is one explained in web-ext-warnings.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { artefact, BUILDS, filesIn, matchesPattern } from './artefacts';
import explained from './web-ext-warnings.json';

type Message = { code: string; message: string; file?: string };
type Report = {
  summary: { errors: number; warnings: number; notices: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
};

function lint(dir: string): Report {
  const result = spawnSync(
    process.execPath,
    ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', dir, '--output', 'json', '--no-input', '--no-config-discovery'],
    {
      encoding: 'utf8',
      // web-ext's update-notifier would otherwise ask the npm registry for a newer web-ext in the background.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    },
  );
  if (!result.stdout.trim().startsWith('{')) throw new Error(`web-ext lint gave no report (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Report;
}

/** The extension's own source: what a dangerouslySetInnerHTML or innerHTML warning would have to come from, if not Preact. */
function ownSource(): string[] {
  return ['entrypoints', 'lib', 'components'].flatMap((dir) =>
    filesIn(dir)
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => path.join(dir, f)),
  );
}

describe('web-ext lint on the production Firefox build', () => {
  const expected = explained.expected;
  let report: Report;
  beforeAll(() => {
    report = lint(artefact(BUILDS.firefox));
  });

  it('finds no errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('gives only the warnings explained in web-ext-warnings.json, each of them still', () => {
    const given = [...report.warnings, ...report.notices];
    const unexplained = given.filter(
      (w) => !expected.some((e) => e.code === w.code && e.message === w.message && matchesPattern(e.file, w.file ?? '')),
    );
    const stale = expected.filter(
      (e) => !given.some((w) => e.code === w.code && e.message === w.message && matchesPattern(e.file, w.file ?? '')),
    );
    expect({ unexplained, stale }).toEqual({ unexplained: [], stale: [] });
  });

  it('owes its innerHTML warnings to Preact: the extension’s own code never sets HTML from a string', () => {
    const setsHtml = ownSource().filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')),
    );
    expect(setsHtml).toEqual([]);
  });
});
