import type { Practice } from '@/lib/ledger/schemas';
import { ProblemAlert } from '@/components/shared/ProblemAlert';

type Props = {
  draft: Practice;
  isNew: boolean;
  problem: string | null;
  onDraft: (draft: Practice) => void;
  onSave: (event: Event) => void;
};

/** Add a practice, or edit the one chosen in the table. */
export function PracticeForm({ draft, isNew, problem, onDraft, onSave }: Props) {
  const set = (field: keyof Practice) => (e: Event) => onDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form class="card toolbar" onSubmit={onSave} aria-label={isNew ? 'Add practice' : 'Edit practice'}>
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
      <ProblemAlert problem={problem} />
    </form>
  );
}
