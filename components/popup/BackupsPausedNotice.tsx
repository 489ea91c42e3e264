import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '@/lib/ledger/client';

/**
 * "Backups paused — allow again", when the browser has withdrawn the backup folder's permission. The browser only
 * grants it again during a click in the dashboard (requestPermission needs one), so the button opens it.
 */
export function BackupsPausedNotice() {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    ask({ type: 'folder-backup/status' })
      .then((status) => setPaused(status.configured && status.paused))
      .catch(() => undefined);
  }, []);
  if (!paused) return null;
  const open = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#settings') });
    window.close();
  };
  return (
    <section class="card" role="alert" aria-label="Backups paused">
      <p>
        <strong>Backups paused — allow again.</strong> The browser needs your permission to keep writing to your backup folder.
      </p>
      <button type="button" class="button" onClick={open}>
        Allow in the dashboard
      </button>
    </section>
  );
}
