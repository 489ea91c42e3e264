import { defineConfig } from '@playwright/test';

const port = Number(process.env.REPLICA_PORT ?? 4123);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'out/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  webServer: {
    command: `node tests/replica/server.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/__replica/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
  },
});
