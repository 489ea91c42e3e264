import { ask } from '@/lib/ledger/client';
import type { Settings } from '@/lib/ledger/schemas';

/** Daily reminders on or off: 10-week limits, Locum B deadlines, approvals waiting, backups. */
export function NotificationsToggle({ settings, onChange }: { settings: Settings; onChange: () => void }) {
  return (
    <section class="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={async (e) => {
            await ask({ type: 'settings/save', settings: { ...settings, notifications: e.currentTarget.checked } });
            onChange();
          }}
        />{' '}
        Notify me 14, 7 and 2 days before a 10-week limit, 3 days before a Locum B is due, when a Locum A has waited over a week for
        approval, and when I need a backup.
      </label>
    </section>
  );
}
