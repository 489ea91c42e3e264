import { useState } from 'preact/hooks';
import { DuplicateQuestion } from '@/components/shared/DuplicateQuestion';
import { useDuplicateQuestion } from '@/components/shared/use-duplicate-question';
import { ask } from '@/lib/ledger/client';
import { dateInWords, parsePounds } from '@/lib/shared/parse-uk';
import { DateField } from '@/components/shared/DateField';
import { useDateField } from '@/components/shared/use-date-field';
import { bookedIfAhead, bookedNote } from '@/components/shared/booked';
import { duplicateQuestion, findDuplicate } from '@/lib/ledger/duplicates';
import type { Practice, Session } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

/** Add a session in three fields: date, practice (type-ahead over your practices) and fee. */
export function AddSession({ practices, today, onAdded }: { practices: Practice[]; today: string; onAdded: () => void }) {
  const date = useDateField(today, 'work', today);
  // With one practice there is nothing to choose: it is filled in.
  const [practiceName, setPracticeName] = useState(practices.length === 1 ? practices[0]!.name : '');
  const [fee, setFee] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const duplicate = useDuplicateQuestion();

  /** Asks first when the ledger already has this practice, day and fee; read at submit, as the popup's summary has no sessions. */
  async function isWanted(session: Session, practiceName: string): Promise<boolean> {
    const { sessions } = await ask({ type: 'ledger/read' });
    return !findDuplicate(sessions, session) || duplicate.confirm(duplicateQuestion(practiceName, session));
  }

  async function submit(event: Event) {
    event.preventDefault();
    const practice = practices.find((p) => p.name.toLowerCase() === practiceName.trim().toLowerCase());
    const pence = parsePounds(fee);
    date.show();
    if (!date.reading.ok) return setMessage(null);
    if (!practice) return setMessage({ kind: 'bad', text: 'Choose one of your practices, or add it in the dashboard first.' });
    if (!pence.ok) return setMessage({ kind: 'bad', text: `Fee: ${pence.reason}` });
    const session: Session = {
      id: crypto.randomUUID(),
      dateWorked: date.reading.value,
      ...bookedIfAhead(date.reading.value, today),
      practiceId: practice.id,
      feePence: pence.value,
      workType: 'practice',
      pensioned: true,
      notes: '',
    };
    try {
      setMessage(null);
      if (!(await isWanted(session, practice.name))) return setMessage({ kind: 'ok', text: 'Not added; your ledger is unchanged.' });
      await ask({ type: 'session/save', session });
      const on = dateInWords(date.reading.value);
      setMessage({ kind: 'ok', text: `Added: ${practice.name}, ${on}, ${fee.startsWith('£') ? fee : `£${fee}`}.` });
      setFee('');
      onAdded();
    } catch (problem) {
      setMessage({ kind: 'bad', text: messageOf(problem) });
    }
  }

  return (
    <form class="card add-session" onSubmit={submit} aria-label="Add session">
      <h2>Add session</h2>
      <DateField label="Date worked" class="" {...date.props} noteFor={(iso) => bookedNote(iso, today)} />
      <label>
        Practice
        <input
          list="practice-names"
          required
          autocomplete="off"
          value={practiceName}
          onInput={(e) => setPracticeName(e.currentTarget.value)}
        />
      </label>
      <datalist id="practice-names">
        {practices.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <label>
        Fee (£)
        <input inputMode="decimal" required placeholder="850.00" value={fee} onInput={(e) => setFee(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button">
        Add session
      </button>
      <DuplicateQuestion question={duplicate.question} onAnswer={duplicate.answer} />
      {message && (
        <p role="status" class={message.kind}>
          {message.text}
        </p>
      )}
    </form>
  );
}
