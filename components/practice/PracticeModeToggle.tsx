import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { Settings } from '@/lib/ledger/schemas';

/** Practice mode on or off: practice staff get a Locum invoices tab to check locums' Locum A forms against. */
export function PracticeModeToggle({ settings, onChange }: { settings: Settings; onChange: () => void }) {
  const { problem, run } = useAction(onChange);
  const toggle = (practiceMode: boolean) => run(() => ask({ type: 'settings/save', settings: { ...settings, practiceMode } }));

  return (
    <section class="card" aria-labelledby="practice-mode-heading">
      <h2 id="practice-mode-heading">Practice mode</h2>
      <label>
        <input type="checkbox" checked={settings.practiceMode === true} onChange={(e) => toggle(e.currentTarget.checked)} /> Practice mode:
        I approve locums' Locum A forms
      </label>
      <p class="muted">
        {settings.practiceMode ? (
          <>
            On: keep the invoices locums send your practice under <a href="#locum-invoices">Locum invoices</a>.
          </>
        ) : (
          'For practice managers and Locum Approvers: adds a Locum invoices tab for the invoices locums send your practice, which Locum Ledger checks each Locum A against on PCSE Online.'
        )}
      </p>
      <ProblemAlert problem={problem} />
    </section>
  );
}
