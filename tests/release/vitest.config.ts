import { defineConfig } from 'vitest/config';

// The release tests read the production artefacts under .output/ that `npm run zip` makes; `npm test` runs them
// after the zip. The unit suite's config includes only tests/unit, so it never picks these up.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    environment: 'node',
    // Two cores: one browser or one rebuild at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
