// A Vite plugin for modules of plain data derived from the repository's own files: the build evaluates each one once,
// with Vite's module runner, and ships its exports as JSON literals, so pages get the finished data instead of working
// it out on first use. The files it is derived from stay the source, and tests import the module as it is written.
import { resolve } from 'node:path';
import { normalizePath, runnerImport } from 'vite';

/** Exports worked out in advance, as JavaScript: JSON.stringify keeps plain data exactly (tests check it round-trips). */
export async function prebuiltCode(file) {
  const { module, dependencies } = await runnerImport(resolve(file), { configFile: false, logLevel: 'warn' });
  const code = Object.entries(module)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
  return { code, dependencies };
}

export function prebuilt(...files) {
  // Vite's ids: absolute, with forward slashes on every system.
  const ids = new Set(files.map((file) => normalizePath(resolve(file))));
  return {
    name: 'locum-ledger:prebuilt',
    enforce: 'pre',
    async load(id) {
      if (!ids.has(id)) return null;
      const { code, dependencies } = await prebuiltCode(id);
      // `wxt dev` works it out again when concepts.json, words.json or their code change.
      for (const dependency of dependencies) this.addWatchFile(dependency);
      return code;
    },
  };
}
