import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { Profile } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { todayInEngland } from '@/lib/shared/today';
import { DateField } from '@/components/shared/DateField';
import { useDateField } from '@/components/shared/use-date-field';

const EMPTY: Profile = { name: '', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles: [] };

/** The details PCSE Online and the Locum B ask for. */
export function ProfileForm({ profile, onChange }: { profile: Profile | null; onChange: () => void }) {
  const [draft, setDraft] = useState<Profile>(profile ?? EMPTY);
  const dateOfBirth = useDateField(profile?.dateOfBirth, 'birth', todayInEngland());
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const field = (key: 'name' | 'sdNumber' | 'niNumber' | 'gmcNumber' | 'email', label: string) => (
    <label class="field">
      {label}
      <input value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
    </label>
  );
  async function save(event: Event) {
    event.preventDefault();
    dateOfBirth.show();
    const { dateOfBirth: _, ...rest } = draft;
    const born = dateOfBirth.text.trim() === '' ? {} : dateOfBirth.reading.ok ? { dateOfBirth: dateOfBirth.reading.value } : null;
    if (!born) return setMessage(null);
    try {
      await ask({ type: 'profile/save', profile: { ...rest, ...born } });
      setMessage({ kind: 'ok', text: 'Saved.' });
      onChange();
    } catch (error) {
      setMessage({ kind: 'bad', text: messageOf(error) });
    }
  }
  return (
    <form class="card toolbar" onSubmit={save} aria-label="Your details">
      {field('name', 'Name')}
      {field('sdNumber', 'SD number')}
      {field('niNumber', 'National Insurance number')}
      {field('gmcNumber', 'GMC number')}
      <DateField label="Date of birth" required={false} {...dateOfBirth.props} />
      {field('email', 'Email')}
      <button type="submit" class="button">
        Save details
      </button>
      {message && (
        <p role="status" class={message.kind}>
          {message.text}
        </p>
      )}
    </form>
  );
}
