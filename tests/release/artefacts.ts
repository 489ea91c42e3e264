// Where `npm run zip` leaves the production artefacts the release tests read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

export const VERSION = pkg.version;
export const PORTAL_MATCH = 'https://secure.pcse.england.nhs.uk/*';

export const BUILDS = {
  chrome: path.resolve('.output/chrome-mv3'),
  firefox: path.resolve('.output/firefox-mv2'),
} as const;
export type Browser = keyof typeof BUILDS;

export const ZIPS = {
  chrome: path.resolve(`.output/${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: path.resolve(`.output/${pkg.name}-${pkg.version}-firefox.zip`),
  sources: path.resolve(`.output/${pkg.name}-${pkg.version}-sources.zip`),
} as const;

/** Fails with the command to run when an artefact is missing, rather than with a bare ENOENT. */
export function artefact(file: string): string {
  if (!existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run zip\` first.`);
  return file;
}

export function manifestOf(browser: Browser): Record<string, unknown> {
  return JSON.parse(readFileSync(artefact(path.join(BUILDS[browser], 'manifest.json')), 'utf8'));
}

/** Every file under `dir`, as a path relative to it with forward slashes. */
export function filesIn(dir: string): string[] {
  return readdirSync(artefact(dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A file pattern as the allowlists write it: `*` stands for any run of characters within one path segment. */
export function matchesPattern(pattern: string, file: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(file);
}
