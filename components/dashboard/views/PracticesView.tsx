import { useState } from 'preact/hooks';
import { isValidOdsCode } from '@/lib/pension';
import { ask } from '@/lib/ledger/client';
import type { LedgerData, Practice } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

const blank = (): Practice => ({ id: crypto.randomUUID(), name: '', odsCode: '', address: '', email: '', approverContact: '' });

/** The practices you work for. The ODS code is what PCSE Online and Locum B ask for. */
export function PracticesView({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  const [draft, setDraft] = useState<Practice>(blank);
  const [problem, setProblem] = useState<string | null>(null);
  const isNew = !ledger.practices.some((p) => p.id === draft.id);
  const set = (field: keyof Practice) => (e: Event) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  async function save(event: Event) {
    event.preventDefault();
    const odsCode = draft.odsCode.trim().toUpperCase();
    if (!isValidOdsCode(odsCode, 'appraisal')) return setProblem('ODS code: a practice code is one letter and five digits, like A12345 (X24 for NHS England appraisals).');
    try {
      await ask({ type: 'practice/save', practice: { ...draft, odsCode, name: draft.name.trim() } });
      setDraft(blank());
      setProblem(null);
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  async function remove(practice: Practice) {
    try {
      await ask({ type: 'practice/delete', id: practice.id });
      setProblem(null);
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <>
      <h1>Practices</h1>
      <form class="card toolbar" onSubmit={save} aria-label={isNew ? 'Add practice' : 'Edit practice'}>
        <label class="field">
          Practice name
          <input required value={draft.name} onInput={set('name')} />
        </label>
        <label class="field">
          ODS code
          <input required size={9} value={draft.odsCode} onInput={set('odsCode')} placeholder="A12345" />
        </label>
        <label class="field">
          Address
          <input value={draft.address} onInput={set('address')} />
        </label>
        <label class="field">
          Email
          <input type="email" value={draft.email} onInput={set('email')} />
        </label>
        <label class="field">
          Who approves your Locum A
          <input value={draft.approverContact} onInput={set('approverContact')} />
        </label>
        <button type="submit" class="button">
          {isNew ? 'Add practice' : 'Save practice'}
        </button>
        {problem && <p role="alert" class="bad">{problem}</p>}
      </form>
      {ledger.practices.length === 0 ? (
        <p class="empty">No practices yet. Add each practice you locum for, with its ODS code: PCSE Online identifies practices by it. Find it on your invoice, the practice website, or ask the practice manager.</p>
      ) : (
        <table class="card">
          <thead>
            <tr>
              <th scope="col">Practice</th>
              <th scope="col">ODS code</th>
              <th scope="col">Approver</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ledger.practices.map((practice) => (
              <tr key={practice.id}>
                <td>{practice.name}</td>
                <td>{practice.odsCode}</td>
                <td>{practice.approverContact}</td>
                <td>
                  <button type="button" class="link-button" onClick={() => setDraft(practice)}>
                    Edit
                  </button>{' '}
                  <button type="button" class="link-button" onClick={() => remove(practice)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
