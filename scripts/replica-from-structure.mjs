#!/usr/bin/env node
// npm run replica:from-structure -- FILE [--name NAME]
// Turns a page-structure file (what "Copy page structure" exports from PCSE Online) into a replica variant:
// tests/replica/generated/NAME.json, served as ?variant=NAME (NAME defaults to the file's name). Files of one NAME
// add up, so a Locum A and a Locum B structure can make one variant. See tests/replica/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkStructure, FORM_KINDS, pageFromStructure } from '../tests/replica/lib/structure-page.mjs';
import { saveGeneratedPage } from '../tests/replica/lib/generated-variants.mjs';

function main() {
  const { values, positionals } = parseArgs({ options: { name: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('Usage: npm run replica:from-structure -- FILE [--name NAME]');
  const [file] = positionals;
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error.code === 'ENOENT' ? 'no such file' : 'not JSON'}.`);
  }
  const structure = checkStructure(json);
  const name = values.name ?? path.basename(file, '.json');
  const written = saveGeneratedPage(name, pageFromStructure(structure, path.relative(process.cwd(), path.resolve(file))));
  const served = FORM_KINDS.includes(structure.pageKind)
    ? `served as ?variant=${name}`
    : 'recorded only: the replica serves its classic page of this kind';
  console.log(`${structure.pageKind} → ${path.relative(process.cwd(), written)} (${served})`);
}

try {
  main();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
