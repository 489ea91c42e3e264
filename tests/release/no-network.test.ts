// No network, statically: the production bundles name no way to reach the network that is not reviewed in
// network-allowlist.json. (tests/e2e/no-network.spec.ts watches the running extension.)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import allowlist from './network-allowlist.json';
import { BUILDS, type Browser } from './artefacts';
import { compare, scanBuild, urlsIn, type Allowlist } from './network-scan';

const list = allowlist as Allowlist;
const cited = urlsIn(list.citedSources.files);

describe.each(['chrome', 'firefox'] satisfies Browser[])('the production %s bundle', (browser) => {
  it('has no network API or URL beyond the reviewed allowlist, each as often as the list says, and no stale entry', () => {
    expect(compare(scanBuild(BUILDS[browser], cited), list.entries)).toEqual({ unexpected: [], wrongCount: [], stale: [] });
  });
});

describe('the network scan', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'locum-ledger-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('catches a new fetch, a beacon and an uncited URL, a changed count, and an entry that matches nothing', () => {
    mkdirSync(path.join(dir, 'chunks'));
    writeFileSync(path.join(dir, 'chunks/new-abc123.js'), 'globalThis.fetch("https://collector.example/x");navigator.sendBeacon(u)');
    writeFileSync(path.join(dir, 'pcse-assistant.js'), 'createElementNS("http://www.w3.org/2000/svg","svg")');
    writeFileSync(path.join(dir, 'cites.js'), `const source = "${[...cited][0]}"`);
    const verdict = compare(scanBuild(dir, cited), list.entries);
    expect(verdict.unexpected.map((o) => `${o.file} ${o.token}`).sort()).toEqual([
      'chunks/new-abc123.js fetch',
      'chunks/new-abc123.js https://collector.example/x',
      'chunks/new-abc123.js sendBeacon',
    ]);
    expect(verdict.wrongCount).toEqual([{ file: 'pcse-assistant.js', token: 'http://www.w3.org/2000/svg', count: 1, allowed: 2 }]);
    expect(verdict.stale.map((e) => e.token)).toContain('XMLHttpRequest');
  });
});
