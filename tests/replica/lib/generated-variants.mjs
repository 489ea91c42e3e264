// Variants generated from page-structure files (scripts/replica-from-structure.mjs) live in ../generated/NAME.json.
// They are read on every use, so a spec can generate one while the replica is already running.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VARIANTS } from './store.mjs';

const DIR = new URL('../generated/', import.meta.url);
const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
export const GENERATED_FORMAT = 'locum-ledger-replica-variant';

export const isGeneratedName = (name) => typeof name === 'string' && NAME.test(name) && !VARIANTS.includes(name);
const fileOf = (name) => new URL(`${name}.json`, DIR);

/** The generated variant `name` ({ name, pages: { [pageKind]: page } }), or null when there is none. */
export function loadGenerated(name) {
  if (!isGeneratedName(name)) return null;
  try {
    return JSON.parse(readFileSync(fileOf(name), 'utf8'));
  } catch {
    return null;
  }
}

/** A hand-written variant or a generated one that exists. */
export const isVariant = (name) => VARIANTS.includes(name) || loadGenerated(name) !== null;

/** Adds one page to variant `name` (replacing a page of the same kind), so Locum A and B files can share a name. */
export function saveGeneratedPage(name, page) {
  if (!isGeneratedName(name)) throw new Error(`The variant name must be letters, digits, "-" or "_", and not ${VARIANTS.join(', ')}.`);
  const variant = loadGenerated(name) ?? { format: GENERATED_FORMAT, version: 1, name, pages: {} };
  variant.pages[page.kind] = page;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(fileOf(name), `${JSON.stringify(variant, null, 2)}\n`);
  return fileURLToPath(fileOf(name));
}
