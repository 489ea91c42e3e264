import { useState } from 'preact/hooks';
import type { PracticeInvoice } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
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
    const read = readLocumInvoice(fields, editing?.id ?? crypto.randomUUID());
    setProblems(read.ok ? {} : read.problems);
    setFailure(null);
    if (!read.ok) return;
    try {
      await onSave(read.invoice);
      if (!editing) setFields(BLANK_FIELDS);
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  return (
    <form class="card toolbar" onSubmit={submit} aria-label={editing ? 'Edit locum invoice' : 'Add locum invoice'} noValidate>
      {input('locumName', { autocomplete: 'off' })}
      {input('gmcNumber', { size: 9, inputMode: 'numeric', placeholder: '1234567' })}
      {input('firstDay', { size: 11, placeholder: 'dd/mm/yyyy' })}
      {input('lastDay', { size: 11, placeholder: 'dd/mm/yyyy' })}
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
