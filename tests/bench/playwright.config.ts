import { defineConfig } from '@playwright/test';

/** Browser benchmarks for `npm run bench`: the built extension in headless Chromium. Not part of `npm test`. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.browser-bench.ts',
  timeout: 900_000,
  workers: 1,
  reporter: [['list']],
});
