import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** One measurement of `npm run fit-evidence` (scripts/fit-evidence.score.ts) in happy-dom, as the unit tests load pages. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['scripts/fit-evidence.score.ts'], environment: 'happy-dom', testTimeout: 600_000 },
});
