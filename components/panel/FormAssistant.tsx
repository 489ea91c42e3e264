import { useState } from 'preact/hooks';
import { TEST_BUILD } from '@/lib/shared/build-mode';
import { FILL_SHORTCUT } from '@/lib/portal/fill/fill-shortcut';
import { FindingList } from '../shared/FindingList';
import { FieldResults } from './FieldResults';
import { FormChoiceSelect } from './FormChoiceSelect';
import { TeachPicker } from './TeachPicker';
import { TestBuildTools } from './TestBuildTools';
import { useFill } from './use-fill';
import { useFormChoices } from './use-form-choices';
import { useTeaching } from './use-teaching';

type Props = { doc: Document; kind: 'locumAForm' | 'locumBForm' };

/** Locum A or B page: choose the ledger entry, Fill, then see every field's result and the rules' findings. */
export function FormAssistant({ doc, kind }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const { choices, choice, key, setKey, mappings, dropMappings, load } = useFormChoices(kind, setError);
  const { report, clearReport, busy, fill } = useFill({ doc, kind, choice, mappings, dropMappings, setNote, setError });
  const { teaching, start, stop, teach } = useTeaching({ doc, kind, mappings, reload: load, setNote, setError });

  if (error && !choices)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!choices) return <p>Reading your ledger…</p>;
  if (choices.length === 0) return <NothingToFill kind={kind} onDemoLoaded={load} />;
  return (
    <div class="form-assistant">
      <FormChoiceSelect kind={kind} choices={choices} value={key} onChoose={(chosen) => (setKey(chosen), clearReport())} />
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={fill}
          disabled={busy || !choice}
          aria-keyshortcuts={FILL_SHORTCUT}
          title={`Fill (${FILL_SHORTCUT})`}
        >
          {busy ? 'Filling…' : 'Fill'}
        </button>
        <button type="button" onClick={start} disabled={busy}>
          Teach a field
        </button>
      </div>
      <p class="hint">
        Shortcut: <kbd>{FILL_SHORTCUT}</kbd> (change it in your browser's extension shortcuts). The assistant never submits, and never ticks
        a declaration: you check the page and press Submit.
      </p>
      {choice?.submitted ? <p class="warn">This one is already {choice.submitted} on PCSE.</p> : null}
      {teaching ? <TeachPicker doc={doc} kind={kind} fields={teaching} onTeach={teach} onDone={stop} /> : null}
      {note ? (
        <p class="note" role="status">
          {note}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {report ? <FieldResults results={report.results} /> : null}
      {choice ? (
        <section aria-label="Checks under the pension rules">
          <h3>Checks under the pension rules</h3>
          <FindingList findings={choice.findings} />
        </section>
      ) : null}
    </div>
  );
}

function NothingToFill({ kind, onDemoLoaded }: { kind: Props['kind']; onDemoLoaded: () => Promise<void> }) {
  return (
    <>
      <p>
        Your ledger has no paid invoices to put on a {kind === 'locumAForm' ? 'Locum A' : 'Locum B'} yet. Add sessions and mark them paid in
        the dashboard.
      </p>
      {TEST_BUILD ? <TestBuildTools onLoaded={onDemoLoaded} /> : null}
    </>
  );
}
