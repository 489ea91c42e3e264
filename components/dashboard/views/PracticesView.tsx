import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { isValidOdsCode } from '@/lib/pension';
import { ask } from '@/lib/ledger/client';
import type { LedgerData, Practice } from '@/lib/ledger/schemas';
import { PracticeForm } from './PracticeForm';
import { PracticesTable } from './PracticesTable';

const blank = (): Practice => ({ id: crypto.randomUUID(), name: '', odsCode: '', address: '', email: '', approverContact: '' });

/** The practices you work for. The ODS code is what PCSE Online and Locum B ask for. */
export function PracticesView({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const [draft, setDraft] = useState<Practice>(blank);
  const { problem, setProblem, run } = useAction(onChange);
  const isNew = !ledger.practices.some((p) => p.id === draft.id);

  async function save(event: Event) {
    event.preventDefault();
    const odsCode = draft.odsCode.trim().toUpperCase();
    if (!isValidOdsCode(odsCode, 'appraisal'))
      return setProblem('ODS code: a practice code is one letter and five digits, like A12345 (X24 for NHS England appraisals).');
    await run(async () => {
      await ask({ type: 'practice/save', practice: { ...draft, odsCode, name: draft.name.trim() } });
      setDraft(blank());
    });
  }

  const remove = (practice: Practice) => run(() => ask({ type: 'practice/delete', id: practice.id }));

  return (
    <>
      <h1>Practices</h1>
      <PracticeForm draft={draft} isNew={isNew} problem={problem} onDraft={setDraft} onSave={save} />
      {ledger.practices.length === 0 ? (
        <p class="empty">
          No practices yet. Add each practice you locum for, with its ODS code: PCSE Online identifies practices by it. Find it on your
          invoice, the practice website, or ask the practice manager.
        </p>
      ) : (
        <PracticesTable practices={ledger.practices} onEdit={setDraft} onDelete={remove} />
      )}
    </>
  );
}
