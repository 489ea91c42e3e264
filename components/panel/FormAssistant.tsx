import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FormChoice } from '@/lib/portal/messages';
import type { PortalMapping } from '@/lib/shared/records';
import { askBackground } from '@/components/panel/ask-background';
import type { PageField } from '@/lib/portal/recognise/fields';
import { fillPage } from '@/lib/portal/fill/fill-page';
import { readPage } from '@/lib/portal/recognise/page-fields';
import type { FillReport } from '@/lib/portal/fill/values';
import { messageOf } from '@/lib/shared/message-of';
import { TEST_BUILD } from '@/lib/shared/build-mode';
import { FILL_SHORTCUT } from '@/lib/portal/fill/fill-shortcut';
import { fillRequests } from '@/lib/portal/fill/fill-requests';
import { FindingList } from '../shared/FindingList';
import { FieldResults } from './FieldResults';
import { TeachPicker } from './TeachPicker';

type Props = { doc: Document; kind: 'locumAForm' | 'locumBForm' };


/** The newest draft (a fill that never reached Submit, say after a timeout), else the first entry not yet sent. */
function preferred(choices: FormChoice[]): string | undefined {
  const drafts = choices.filter((c) => c.draftedAt && !c.submitted).sort((x, y) => y.draftedAt!.localeCompare(x.draftedAt!));
  return (drafts[0] ?? choices[0])?.key;
}

/** Locum A or B page: choose the ledger entry, Fill, then see every field's result and the rules' findings. */
export function FormAssistant({ doc, kind }: Props) {
  const [choices, setChoices] = useState<FormChoice[] | undefined>();
  const [mappings, setMappings] = useState<PortalMapping[]>([]);
  const [key, setKey] = useState<string | undefined>();
  const [report, setReport] = useState<FillReport | undefined>();
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [teaching, setTeaching] = useState<PageField[] | undefined>();

  async function load() {
    const answer = await askBackground({ type: 'portal/form-choices', page: kind });
    setMappings(answer.mappings);
    setChoices(answer.choices);
    setKey((current) => current ?? preferred(answer.choices));
  }

  useEffect(() => {
    load().catch((e) => setError(messageOf(e)));
  }, [kind]);

  const choice = choices?.find((c) => c.key === key);

  useEffect(() => {
    const onShortcut = () => void fill();
    fillRequests.addEventListener('fill', onShortcut);
    return () => fillRequests.removeEventListener('fill', onShortcut);
  });

  async function fill() {
    if (!choice) return;
    setBusy(true);
    setError('');
    try {
      const result = await fillPage(doc, kind, choice.fill, { mappings });
      // For `npm run bench`: timing entries are shared with the page, so only test builds write them.
      if (TEST_BUILD) {
        performance.measure('locum-ledger:fill-script', { start: performance.now() - result.timing.scriptMs, duration: result.timing.scriptMs });
        performance.measure('locum-ledger:fill-total', { start: performance.now() - result.timing.totalMs, duration: result.timing.totalMs });
        performance.measure('locum-ledger:fill-page-handlers', { start: performance.now() - result.timing.pageMs, duration: result.timing.pageMs });
      }
      setReport(result);
      await askBackground({ type: 'portal/filled', page: kind, key: choice.key, filled: result.filled });
      await forget(result.staleMappings);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function forget(ids: string[]) {
    if (ids.length === 0) return;
    await askBackground({ type: 'portal/forget', ids });
    setMappings((current) => current.filter((m) => !ids.includes(m.id)));
    setNote(`${ids.length} taught field${ids.length === 1 ? '' : 's'} no longer matched this page and ${ids.length === 1 ? 'was' : 'were'} forgotten rather than used on the wrong field.`);
  }

  async function teach(field: PageField, concept: string) {
    setTeaching(undefined);
    try {
      await askBackground({ type: 'portal/teach', pageKind: kind, fingerprint: field.fingerprint, concept });
      setNote(`Taught: “${field.fingerprint.label || field.fingerprint.name}” will be filled from now on.`);
      await load();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  if (error && !choices) return <p class="error" role="alert">{error}</p>;
  if (!choices) return <p>Reading your ledger…</p>;
  if (choices.length === 0) {
    return (
      <>
        <p>Your ledger has no paid invoices to put on a {kind === 'locumAForm' ? 'Locum A' : 'Locum B'} yet. Add sessions and mark them paid in the dashboard.</p>
        {/* Firefox's smoke test cannot open the dashboard to load a ledger, so test builds offer the demo here. */}
        {TEST_BUILD ? (
          <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'test/load-demo' }).then(load)}>
            Load the demo ledger (test build)
          </button>
        ) : null}
      </>
    );
  }
  return (
    <div class="form-assistant">
      <label class="field">
        <span>{kind === 'locumAForm' ? 'Fill from invoice' : 'Fill for month'}</span>
        <select value={key} onChange={(e) => (setKey(e.currentTarget.value), setReport(undefined))}>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
              {c.submitted ? ` (already ${c.submitted})` : c.draftedAt ? ' (filled before, not submitted)' : ''}
            </option>
          ))}
        </select>
      </label>
      <div class="actions">
        <button type="button" class="primary" onClick={fill} disabled={busy || !choice} aria-keyshortcuts={FILL_SHORTCUT} title={`Fill (${FILL_SHORTCUT})`}>
          {busy ? 'Filling…' : 'Fill'}
        </button>
        <button type="button" onClick={() => setTeaching(readPage(doc, kind, mappings).recognitions.map((r) => r.field))} disabled={busy}>
          Teach a field
        </button>
      </div>
      <p class="hint">
        Shortcut: <kbd>{FILL_SHORTCUT}</kbd> (change it in your browser's extension shortcuts). The assistant never submits, and never ticks a declaration: you check the page and press Submit.
      </p>
      {choice?.submitted ? <p class="warn">This one is already {choice.submitted} on PCSE.</p> : null}
      {teaching ? <TeachPicker doc={doc} kind={kind} fields={teaching} onTeach={teach} onDone={() => setTeaching(undefined)} /> : null}
      {note ? <p class="note" role="status">{note}</p> : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
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
