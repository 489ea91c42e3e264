import { chromium, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import { ask, expect, extensionTest as test } from './fixtures';
import { riverside, session } from '../fixtures/ledger-records';

const PASSPHRASE = 'correct horse battery';
const shots = 'docs/screenshots/backup';

const ledger = (sessions: ReturnType<typeof session>[], lastChangeAt: string) => ({
  profile: null,
  practices: [riverside],
  sessions,
  invoices: [],
  submissions: [],
  receipts: [],
  settings: { notifications: true, lastChangeAt },
});

/** The origin-private file system stands in for the folder the picker would give (test builds only, see test-hook.ts). */
async function offerOpfsFolder(page: Page, files: { name: string; text: string }[] = []) {
  await page.evaluate(async (seed) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups', { create: true });
    for (const { name, text } of seed) {
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    (globalThis as any).__locumLedgerFolderTest = { folder };
  }, files);
}

const folderFiles = (page: Page) =>
  page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups', { create: true });
    const files: { name: string; text: string }[] = [];
    for await (const [name, entry] of (folder as any).entries()) files.push({ name, text: await (await entry.getFile()).text() });
    return files.sort((a, b) => a.name.localeCompare(b.name));
  });

const setFaults = (page: Page, faults: object) =>
  page.evaluate((value) => localStorage.setItem('locum-ledger-test-folder-faults', JSON.stringify(value)), faults);

async function setUpFolder(page: Page, computer: string) {
  const panel = page.getByRole('region', { name: 'Keep backups in a folder' });
  await panel.getByRole('button', { name: 'Choose folder…' }).click();
  await panel.getByLabel("This computer's name").fill(computer);
  await panel.getByLabel('Passphrase (at least 8 characters)').fill(PASSPHRASE);
  await panel.getByLabel('Passphrase again').fill(PASSPHRASE);
  await panel.getByRole('button', { name: 'Start backing up' }).click();
  await expect(panel.getByText(/Last written/)).toBeVisible({ timeout: 15_000 });
  return panel;
}

const ours = (files: { name: string }[], computer: string) => files.filter((f) => f.name.endsWith(`-${computer}.json`));

test('writes after a change, rotates, pauses visibly and reports a full disk without losing anything', async ({
  page,
  extensionId,
  context,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, { type: 'ledger/replace', data: ledger([session({ id: 's-1' })], '2026-12-06T10:00:00.000Z') });
  const old = Array.from({ length: 12 }, (_, i) => ({
    name: `locum-ledger-2020-01-${String(i + 1).padStart(2, '0')}-1200-laptop.json`,
    text: '{}',
  }));
  await offerOpfsFolder(page, [...old, { name: 'notes.txt', text: 'mine, not the extension’s' }]);
  await setFaults(page, { debounceMs: 300 });
  const panel = await setUpFolder(page, 'Laptop');
  await page.screenshot({ path: `${shots}/folder-settings.png` });

  // Rotation: the new backup and the 9 newest of the old ones stay; the foreign file is never touched.
  const files = await folderFiles(page);
  expect(ours(files, 'laptop')).toHaveLength(10);
  expect(files.map((f) => f.name)).toContain('notes.txt');
  expect(files.map((f) => f.name)).not.toContain(old[0]!.name);

  // A change is written shortly after it is made.
  await ask(page, { type: 'session/save', session: session({ id: 's-2', dateWorked: '2026-10-06' }) });
  await page.reload();
  await expect
    .poll(async () => {
      await panel.getByRole('button', { name: 'Restore from your backup folder' }).click();
      return page.getByRole('table', { name: 'Backups in your folder' }).getByRole('row').nth(1).innerText();
    })
    .toContain('2 sessions');

  // A full disk: reported, and the ledger keeps the new session.
  await setFaults(page, { debounceMs: 300, failWrites: 'QuotaExceededError' });
  await ask(page, { type: 'session/save', session: session({ id: 's-3', dateWorked: '2026-10-07' }) });
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'The disk holding your backup folder is full' })).toBeVisible();
  expect((await ask(page, { type: 'ledger/read' })).sessions).toHaveLength(3);

  // The browser withdraws the permission: the dashboard and the popup both say so.
  await setFaults(page, { permission: 'prompt' });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  await page.reload();
  const paused = page.getByRole('alert').filter({ hasText: 'Backups paused — allow again.' });
  await expect(paused).toBeVisible();
  await page.screenshot({ path: `${shots}/paused-notice.png` });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('alert', { name: 'Backups paused' })).toBeVisible();
  await popup.screenshot({ path: `${shots}/paused-notice-popup.png` });
  await paused.getByRole('button', { name: 'Allow again' }).click();
  await expect(paused).toBeHidden();
  await expect.poll(async () => ours(await folderFiles(page), 'laptop').length).toBe(10);
});

const extensionPath = path.resolve('.output/chrome-mv3-test');

async function secondProfile(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--disable-gpu', '--lang=en-GB'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}

test('a second computer sees the first one’s backup and merges by record, only when asked', async ({ page, extensionId }) => {
  test.setTimeout(90_000);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await ask(page, {
    type: 'ledger/replace',
    data: ledger([session({ id: 's-laptop' }), session({ id: 's-both', feePence: 100 })], '2026-12-06T12:00:00.000Z'),
  });
  await page.reload();
  await offerOpfsFolder(page);
  await setUpFolder(page, 'Laptop');
  const copied = await folderFiles(page);

  // OPFS is per profile: the sync service's part is played by copying the files across.
  const desktop = await secondProfile();
  try {
    const other = await desktop.context.newPage();
    await other.setViewportSize({ width: 1280, height: 800 });
    await other.goto(`chrome-extension://${desktop.extensionId}/dashboard.html#settings`);
    await ask(other, {
      type: 'ledger/replace',
      data: ledger(
        [session({ id: 's-desktop', dateWorked: '2026-11-02' }), session({ id: 's-both', feePence: 200 })],
        '2026-12-06T09:00:00.000Z',
      ),
    });
    await other.reload();
    await offerOpfsFolder(other, copied);
    await setUpFolder(other, 'Desktop');
    expect((await ask(other, { type: 'ledger/read' })).sessions).toHaveLength(2);

    await other.goto(`chrome-extension://${desktop.extensionId}/dashboard.html#sessions`);
    await other.reload();
    const offer = other.getByRole('status').filter({ hasText: 'This computer and laptop have both changed since they last agreed' });
    await offer.getByRole('button', { name: 'Compare' }).click();
    const merge = other.getByRole('region', { name: /This computer and the backup of/ });
    await expect(merge.getByRole('heading', { name: 'Only in the backup from laptop' })).toBeVisible();
    await other.screenshot({ path: `${shots}/merge-view.png` });
    await expect(merge.getByRole('listitem').filter({ hasText: '£850.00' })).toHaveCount(2);
    expect((await ask(other, { type: 'ledger/read' })).sessions).toHaveLength(2);
    await merge.getByRole('button', { name: 'Merge by record' }).click();
    await expect(merge).toBeHidden();
    const merged = (await ask(other, { type: 'ledger/read' })).sessions;
    expect(merged.map((s: { id: string }) => s.id).sort()).toEqual(['s-both', 's-desktop', 's-laptop']);
    // The laptop changed later, so its version of the session both have is kept.
    expect(merged.find((s: { id: string }) => s.id === 's-both').feePence).toBe(100);
  } finally {
    await desktop.context.close();
  }
});
