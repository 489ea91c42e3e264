import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { Settings } from '@/lib/ledger/schemas';

/** The first open: who is this for? A locum gets the three-step checklist; practice staff get the Locum invoices list. */
export function FirstRunChoice({ settings, onChange }: { settings: Settings; onChange: () => void }) {
  const { problem, run } = useAction(onChange);
  const choose = (role: 'locum' | 'practice') =>
    run(async () => {
      await ask({ type: 'settings/save', settings: { ...settings, role, practiceMode: role === 'practice' } });
      location.hash = role === 'practice' ? '#locum-invoices' : '#settings';
    });
  return (
    <section class="card first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Welcome to Locum Ledger</h2>
      <p>Who are you using it as? You can change this later in Settings (practice mode).</p>
      <div class="first-run__choices">
        <button type="button" class="button" onClick={() => choose('locum')}>
          I'm a locum
        </button>
        <button type="button" class="button button--secondary" onClick={() => choose('practice')}>
          I approve locum forms for a practice
        </button>
      </div>
      <ul class="muted">
        <li>A locum keeps sessions and gets every Locum A and B worked out, checked and filled on PCSE Online.</li>
        <li>A practice manager or Locum Approver keeps the locums' invoices and has each Locum A checked before approving it.</li>
      </ul>
      <ProblemAlert problem={problem} />
    </section>
  );
}
