import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** `npm run bench`'s corpus part: the markup corpus measured in happy-dom, as the unit tests load pages. Not part of the unit run. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['tests/bench/corpus.bench-run.ts'], environment: 'happy-dom', testTimeout: 300_000 },
});
