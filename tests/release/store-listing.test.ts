// Store readiness: docs/store-listing.md says what the production manifests ask for, no more and no less.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestOf, type Browser } from './artefacts';

const listing = readFileSync('docs/store-listing.md', 'utf8');

/** The body of a `## heading` section, up to the next one. */
function section(heading: string): string {
  const start = listing.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/store-listing.md has no "## ${heading}" section`);
  const rest = listing.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** What the manifest asks for that a store asks to justify: each permission and each host it reaches. */
function asks(manifest: Record<string, any>): string[] {
  const hosts = (manifest.content_scripts ?? []).flatMap((s: { matches: string[] }) => s.matches);
  return [...new Set<string>([...manifest.permissions, ...(manifest.host_permissions ?? []), ...hosts])].sort();
}

describe('the store listing', () => {
  const justified = [...section('Permission justifications').matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]!).sort();

  it.each(['chrome', 'firefox'] satisfies Browser[])('justifies exactly what the %s manifest asks for', (browser) => {
    expect(justified).toEqual(asks(manifestOf(browser)));
  });

  it('gives the manifest’s own description as the short description, within the 132 characters Chrome allows', () => {
    const short = section('Short description').trim().split('\n')[0];
    expect(short).toBe(manifestOf('chrome').description);
    expect(short!.length).toBeLessThanOrEqual(132);
  });

  it('declares no data collected, as the Firefox manifest does, and says there is no remote code', () => {
    expect(manifestOf('firefox')).toMatchObject({
      browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } },
    });
    expect(section('Data use')).toContain('Data collected: **none**');
    expect(section('Permission justifications')).toMatch(/### Remote code\s+No remote code\./);
  });
});
