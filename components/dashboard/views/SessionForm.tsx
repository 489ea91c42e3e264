import { useState } from 'preact/hooks';
import { parsePounds } from '@/lib/shared/parse-uk';
import { goesOnForms, type Practice, type Session, type SessionWorkType } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { DateField } from '@/components/shared/DateField';
import { useDateField } from '@/components/shared/use-date-field';
import { bookedIfAhead, bookedNote } from '@/components/shared/booked';

const WORK_TYPES: { value: SessionWorkType; label: string }[] = [
  { value: 'practice', label: 'GP practice locum' },
  { value: 'appraisal', label: 'Appraisal (NHS England)' },
  { value: 'ooh', label: 'Out of hours / Solo (not on Locum A/B)' },
  { value: 'icb', label: 'ICB work (not on Locum A/B)' },
  { value: 'private', label: 'Private (not pensionable)' },
];
export const WORK_TYPE_LABEL = Object.fromEntries(WORK_TYPES.map(({ value, label }) => [value, label])) as Record<SessionWorkType, string>;

function Options({ choices }: { choices: { value: string; label: string }[] }) {
  return choices.map(({ value, label }) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** Save (or Add), Cancel when editing, and the problem that stopped the save. */
function FormActions({ editing, onCancel, problem }: { editing: boolean; onCancel: (() => void) | undefined; problem: string | null }) {
  return (
    <>
      <button type="submit" class="button">
        {editing ? 'Save changes' : 'Add session'}
      </button>
      {onCancel && (
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
      {problem && (
        <p role="alert" class="bad">
          {problem}
        </p>
      )}
    </>
  );
}

type Props = {
  practices: Practice[];
  today: string;
  editing?: Session;
  /** Resolves false when nothing was saved (the user cancelled), so the form keeps what was typed. */
  onSave: (session: Session) => Promise<boolean>;
  onCancel?: () => void;
};

/** Add or edit one session; keyboard-first, en-GB money. */
export function SessionForm({ practices, today, editing, onSave, onCancel }: Props) {
  const date = useDateField(editing?.dateWorked ?? today, 'work', today);
  const [practiceId, setPracticeId] = useState(editing?.practiceId ?? practices[0]?.id ?? '');
  const [workType, setWorkType] = useState<SessionWorkType>(editing?.workType ?? 'practice');
  const [fee, setFee] = useState(editing ? (editing.feePence / 100).toFixed(2) : '');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [invoiceNumber, setInvoiceNumber] = useState(editing?.invoiceNumber ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const pence = parsePounds(fee);
    date.show();
    if (!date.reading.ok) return setProblem(null);
    if (!pence.ok) return setProblem(`Fee: ${pence.reason}`);
    const pensioned = goesOnForms(workType);
    try {
      const saved = await onSave({
        id: editing?.id ?? crypto.randomUUID(),
        dateWorked: date.reading.value,
        ...bookedIfAhead(date.reading.value, today),
        practiceId,
        feePence: pence.value,
        workType,
        pensioned,
        notes,
        ...(editing?.invoiceId ? { invoiceId: editing.invoiceId } : {}),
        ...(invoiceNumber.trim() ? { invoiceNumber: invoiceNumber.trim() } : {}),
      });
      setProblem(null);
      if (saved && !editing) for (const clear of [setFee, setInvoiceNumber]) clear('');
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <form class="card toolbar" onSubmit={submit} aria-label={editing ? 'Edit session' : 'Add session'}>
      <DateField
        label="Date worked"
        {...date.props}
        noteFor={(iso) => bookedNote(iso, today) ?? (editing?.booked ? 'saving marks it worked' : undefined)}
      />
      <label class="field">
        Practice
        <select required value={practiceId} onChange={(e) => setPracticeId(e.currentTarget.value)}>
          <Options choices={practices.map((practice) => ({ value: practice.id, label: practice.name }))} />
        </select>
      </label>
      <label class="field">
        Work
        <select value={workType} onChange={(e) => setWorkType(e.currentTarget.value as SessionWorkType)}>
          <Options choices={WORK_TYPES} />
        </select>
      </label>
      <label class="field">
        Fee (£)
        <input inputMode="decimal" required size={9} placeholder="850.00" value={fee} onInput={(e) => setFee(e.currentTarget.value)} />
      </label>
      <label class="field">
        Invoice no
        <input size={10} maxLength={60} value={invoiceNumber} onInput={(e) => setInvoiceNumber(e.currentTarget.value)} />
      </label>
      <label class="field">
        Notes
        <input value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <FormActions editing={editing !== undefined} onCancel={onCancel} problem={problem} />
    </form>
  );
}
