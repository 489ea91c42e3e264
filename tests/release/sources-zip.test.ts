// The sources zip for addons.mozilla.org: complete enough to rebuild the Firefox add-on exactly, with instructions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact, filesIn, ZIPS } from './artefacts';
import { extractZip, readZip } from './unzip';

const BUILD_INPUTS = ['BUILD.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'];
const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'public'];
const LOCAL_ONLY = /^(node_modules|\.output|\.wxt|out|coverage|test-results|playwright-report)\//;

/** The environment a reviewer's shell has: Vitest's NODE_ENV=test and VITEST* variables would change the bundle. */
function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

describe('the AMO sources zip', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'locum-ledger-sources-'));
  let names: string[];
  beforeAll(() => {
    names = extractZip(artefact(ZIPS.sources), dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the build instructions, the lockfile and every source file the build reads, and nothing local', () => {
    const sources = SOURCE_DIRS.flatMap((source) => filesIn(source).map((file) => `${source}/${file}`));
    expect(BUILD_INPUTS.filter((file) => !names.includes(file))).toEqual([]);
    expect(sources.filter((file) => !names.includes(file))).toEqual([]);
    expect(names.filter((name) => LOCAL_ONLY.test(name))).toEqual([]);
  });

  it('rebuilds, as BUILD.md says, into exactly the files of the Firefox zip', () => {
    // `npm ci` would fetch the same locked packages; the project's own node_modules stands in for it.
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
    expect(readFileSync(path.join(dir, 'BUILD.md'), 'utf8')).toContain('npx wxt build -b firefox');
    const build = spawnSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], {
      cwd: dir,
      encoding: 'utf8',
      env: outsideVitest(),
    });
    expect(build.status, build.stderr).toBe(0);
    const rebuilt = new Map(
      filesIn(path.join(dir, '.output/firefox-mv2')).map((file) => [file, readFileSync(path.join(dir, '.output/firefox-mv2', file))]),
    );
    const shipped = readZip(artefact(ZIPS.firefox));
    expect([...rebuilt.keys()].sort()).toEqual([...shipped.keys()].sort());
    const differing = [...shipped].filter(([file, content]) => !content.equals(rebuilt.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
