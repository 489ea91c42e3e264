import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import path from 'node:path';

/** Hosts the end-to-end suite may reach: the replica on loopback and the browser's own schemes. */
function isAllowed(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(protocol)) return true;
  return hostname === '127.0.0.1';
}

/** Aborts every request to another host and records it, so a test can fail on any attempt. */
async function guardNetwork(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route(
    (url) => !isAllowed(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

const extensionPath = path.resolve('.output/chrome-mv3-test');

/**
 * On Linux, Chromium takes its language (and so the order of a date field) from LANGUAGE and LANG, not --lang, and
 * Debian's chromium ships only US English without chromium-l10n: tests set both to see what UK users see.
 */
export const UK_ENGLISH = { LANGUAGE: 'en_GB', LANG: 'en_GB.UTF-8' };

/** Debian's Chromium with the built extension, in the given language (UK English unless a test says otherwise). */
export function launchExtension(language: Record<string, string> = UK_ENGLISH): Promise<BrowserContext> {
  const locale = language.LANGUAGE!.replace('_', '-');
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale,
    timezoneId: 'Europe/London',
    env: { ...process.env, ...language },
    // --lang is what Chrome reads on Windows and macOS.
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--disable-gpu', `--lang=${locale}`],
  });
}

type Fixtures = { blockedRequests: string[] };
type ExtensionFixtures = { extensionId: string };

/** Plain browser tests (the replica portal on its own). Fails any test that tried to leave 127.0.0.1. */
export const test = base.extend<Fixtures>({
  blockedRequests: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      await guardNetwork(context, blocked);
      await use(blocked);
      if (blocked.length > 0) throw new Error(`Requests left 127.0.0.1: ${blocked.join(', ')}`);
    },
    { auto: true },
  ],
});

/** Tests with the built extension loaded into Debian's Chromium. */
export const extensionTest = test.extend<ExtensionFixtures>({
  context: async ({}, use) => {
    const context = await launchExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/** Sends a request to the background from an extension page, as the popup and dashboard do, and expects success. */
export async function ask(page: Page, request: unknown) {
  const reply = await page.evaluate((message) => (globalThis as any).chrome.runtime.sendMessage(message), request);
  expect(reply).toMatchObject({ ok: true });
  return reply.result;
}

/** The extension's background service worker, to inject faults into (the ledger's own code never runs from here). */
export function serviceWorker(context: BrowserContext): Worker {
  const workers = context.serviceWorkers();
  const worker = workers[workers.length - 1];
  if (!worker) throw new Error('The extension has no service worker running.');
  return worker;
}
