import { useState } from 'preact/hooks';
import type { PracticeInvoice } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { todayInEngland } from '@/lib/shared/today';
import { DateField } from '@/components/shared/DateField';
import { readDateField } from '@/components/shared/use-date-field';
import {
  BLANK_FIELDS,
  FIELD_LABEL,
  fieldsOf,
  problemList,
  readLocumInvoice,
  type FieldProblems,
  type LocumInvoiceFields,
} from './locum-invoice-fields';

type Props = { editing?: PracticeInvoice; onSave: (invoice: PracticeInvoice) => Promise<void>; onCancel?: () => void };

/** Add or edit one locum invoice as the practice received it; dates typed dd/mm/yyyy, the fee in pounds and pence. */
export function LocumInvoiceForm({ editing, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<LocumInvoiceFields>(editing ? fieldsOf(editing) : BLANK_FIELDS);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const today = todayInEngland();
  const dateInput = (field: 'firstDay' | 'lastDay') => (
    <DateField
      label={FIELD_LABEL[field]}
      text={fields[field]}
      onText={(text) => setFields({ ...fields, [field]: text })}
      kind="work"
      today={today}
      shown={sent}
    />
  );
  const input = (field: keyof LocumInvoiceFields, extra: Record<string, string | number> = {}) => (
    <label class="field">
      {FIELD_LABEL[field]}
      <input
        value={fields[field]}
        onInput={(e) => setFields({ ...fields, [field]: e.currentTarget.value })}
        aria-invalid={problems[field] ? true : undefined}
        {...extra}
      />
    </label>
  );

  async function submit(event: Event) {
    event.preventDefault();
    setSent(true);
    const read = readLocumInvoice(fields, editing?.id ?? crypto.randomUUID());
    setProblems(read.ok ? {} : read.problems);
    setFailure(null);
    // As the GOV.UK pattern does, problems are listed under the form and each date is explained at its own field too,
    // where a date outside the scheme's years or more than a year ahead is also refused.
    if (!read.ok || !readDateField(fields.firstDay, 'work', today).ok || !readDateField(fields.lastDay, 'work', today).ok) return;
    try {
      await onSave(read.invoice);
      if (!editing) setFields(BLANK_FIELDS);
      setSent(false);
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  return (
    <form class="card toolbar" onSubmit={submit} aria-label={editing ? 'Edit locum invoice' : 'Add locum invoice'} noValidate>
      {input('locumName', { autocomplete: 'off' })}
      {input('gmcNumber', { size: 9, inputMode: 'numeric', placeholder: '1234567' })}
      {dateInput('firstDay')}
      {dateInput('lastDay')}
      {input('fee', { size: 10, inputMode: 'decimal', placeholder: '850.00' })}
      {input('reference', { size: 12 })}
      <button type="submit" class="button">
        {editing ? 'Save changes' : 'Add invoice'}
      </button>
      {onCancel && (
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
      {(failure || problemList(problems).length > 0) && (
        <ul role="alert" class="bad form-problems" aria-label="Problems with the invoice">
          {[...problemList(problems), ...(failure ? [failure] : [])].map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
