import type { Practice } from '@/lib/ledger/schemas';
import type { Finding } from '@/lib/pension';
import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { CheckedField } from './CheckedField';

type Props = {
  draft: Practice;
  isNew: boolean;
  problem: string | null;
  odsProblem: Finding | undefined;
  onDraft: (draft: Practice) => void;
  onSave: (event: Event) => void;
};

/** Add a practice, or edit the one chosen in the table. */
export function PracticeForm({ draft, isNew, problem, odsProblem, onDraft, onSave }: Props) {
  const set = (field: keyof Practice) => (e: Event) => onDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form class="card toolbar" onSubmit={onSave} aria-label={isNew ? 'Add practice' : 'Edit practice'} noValidate>
      <label class="field">
        Practice name
        <input required value={draft.name} onInput={set('name')} />
      </label>
      <CheckedField
        id="practice-ods"
        label="ODS code"
        size={9}
        value={draft.odsCode}
        problem={odsProblem}
        placeholder={draft.commissioner ? 'X24' : 'A12345'}
        onInput={(odsCode) => onDraft({ ...draft, odsCode })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={draft.commissioner === true}
          onChange={(e) => onDraft({ ...draft, commissioner: e.currentTarget.checked })}
        />{' '}
        A commissioner or appraisal body, not a GP practice
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
