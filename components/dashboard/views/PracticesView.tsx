import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { odsCodeProblem, type Finding } from '@/lib/pension';
import { ask } from '@/lib/ledger/client';
import type { LedgerData, Practice } from '@/lib/ledger/schemas';
import { PracticeForm } from './PracticeForm';
import { PracticesTable } from './PracticesTable';

const blank = (): Practice => ({ id: crypto.randomUUID(), name: '', odsCode: '', address: '', email: '', approverContact: '' });

/** The Locum A's rule for this organisation's code: a GP practice's, or a commissioner's such as NHS England's X24. */
const problemOf = (practice: Practice) => odsCodeProblem(practice.odsCode, practice.name, practice.commissioner ? 'appraisal' : 'practice');

/** The practices you work for. The ODS code is what PCSE Online and Locum B ask for. */
export function PracticesView({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const [draft, setDraft] = useState<Practice>(blank);
  const [odsProblem, setOdsProblem] = useState<Finding | undefined>();
  const { problem, setProblem, run } = useAction(onChange);
  const isNew = !ledger.practices.some((p) => p.id === draft.id);
  const edit = (next: Practice) => {
    setDraft(next);
    setProblem(null);
    if (next.odsCode !== draft.odsCode || next.commissioner !== draft.commissioner) setOdsProblem(undefined);
  };

  async function save(event: Event) {
    event.preventDefault();
    const practice = { ...draft, odsCode: draft.odsCode.trim().toUpperCase(), name: draft.name.trim() };
    if (!practice.name) return setProblem('Not saved: the practice needs a name.');
    const found = problemOf(practice);
    setOdsProblem(found);
    if (found) return setProblem('Not saved: correct the ODS code.');
    await run(async () => {
      await ask({ type: 'practice/save', practice });
      setDraft(blank());
    });
  }

  const remove = (practice: Practice) => run(() => ask({ type: 'practice/delete', id: practice.id }));

  return (
    <>
      <h1>Practices</h1>
      <PracticeForm draft={draft} isNew={isNew} problem={problem} odsProblem={odsProblem} onDraft={edit} onSave={save} />
      {ledger.practices.length === 0 ? (
        <p class="empty">
          No practices yet. Add each practice you locum for, with its ODS code: PCSE Online identifies practices by it. Find it on your
          invoice, the practice website, or ask the practice manager.
        </p>
      ) : (
        <PracticesTable practices={ledger.practices} onEdit={edit} onDelete={remove} />
      )}
    </>
  );
}
