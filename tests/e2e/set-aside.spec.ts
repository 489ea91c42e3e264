import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import { demoLedger } from '../../lib/dev/demo-ledger.mjs';
import { ask, expect, serviceWorker, extensionTest as test } from './fixtures';

/**
 * Damages records where they are stored, in the background's own IndexedDB, as a newer build, a bug or a damaged
 * profile might: a fee written as text, a session that lost its date, an invoice whose sessions are not a list.
 */
async function corruptRecords(context: BrowserContext): Promise<void> {
  await serviceWorker(context).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('locum-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['sessions', 'invoices'], 'readwrite');
    const change = (store: string, id: string, damage: (record: Record<string, unknown>) => void) => {
      const request = tx.objectStore(store).get(id);
      request.onsuccess = () => {
        damage(request.result);
        tx.objectStore(store).put(request.result);
      };
    };
    change('sessions', 'demo-s1', (session) => (session.feePence = '£780.00'));
    change('sessions', 'demo-s2', (session) => delete session.dateWorked);
    change('invoices', 'demo-inv-2', (invoice) => (invoice.sessionIds = 'demo-s4 demo-s5'));
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test('damaged records are set aside and reported, the rest of the ledger loads, and nothing is lost', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#sessions`);
  const demo = demoLedger('2026-11-21');
  await ask(page, { type: 'ledger/replace', data: demo });
  await corruptRecords(context);
  await page.reload();

  const notice = page.getByRole('region', { name: '3 records could not be read and were set aside' });
  await expect(notice).toContainText('The rest of your ledger loaded as usual');
  const reference = demo.invoices.find((invoice) => invoice.id === 'demo-inv-2')!.reference;
  await expect(notice.getByRole('listitem')).toHaveText([
    'Session "demo-s1" (04/11/2025): feePence: expected a whole number of pence, 0 or more (25000 is £250.00)',
    'Session "demo-s2": dateWorked: expected string',
    `Invoice "demo-inv-2" (${reference}): sessionIds: expected array`,
  ]);
  await expect(page.locator('table[aria-rowcount]')).toHaveAttribute('aria-rowcount', String(demo.sessions.length - 2 + 1));
  expect((await new AxeBuilder({ page }).include('.set-aside').analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.screenshot({ path: 'out/screenshots/set-aside-notice.png' });

  const ledger = await ask(page, { type: 'ledger/read' });
  expect(ledger.sessions.map((session: { id: string }) => session.id)).not.toContain('demo-s1');
  expect(ledger.setAside).toHaveLength(3);
  expect((await ask(page, { type: 'ledger/read' })).setAside).toEqual(ledger.setAside);

  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download them (JSON)' }).click();
  const file = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(file.format).toBe('locum-ledger-set-aside');
  const s1 = file.records.find((record: { key: string }) => record.key === 'demo-s1');
  expect(s1).toMatchObject({ store: 'sessions', value: { ...demo.sessions[0], feePence: '£780.00' } });

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const backingUp = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const backup = JSON.parse(await readFile(await (await backingUp).path(), 'utf8'));
  expect(backup.data.setAside.map((record: { key: string }) => record.key).sort()).toEqual(['demo-inv-2', 'demo-s1', 'demo-s2']);

  await notice.getByRole('button', { name: 'Download them (JSON)' }).click();
  await notice.getByRole('button', { name: 'Discard from the ledger' }).click();
  await expect(notice).toHaveCount(0);
  expect((await ask(page, { type: 'ledger/read' })).setAside).toEqual([]);
});
