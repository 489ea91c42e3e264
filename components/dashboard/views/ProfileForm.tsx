import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { Profile } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

const EMPTY: Profile = { name: '', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles: [] };

/** The details PCSE Online and the Locum B ask for. */
export function ProfileForm({ profile, onChange }: { profile: Profile | null; onChange: () => void }) {
  const [draft, setDraft] = useState<Profile>(profile ?? EMPTY);
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const field = (key: 'name' | 'sdNumber' | 'niNumber' | 'gmcNumber' | 'email', label: string) => (
    <label class="field">
      {label}
      <input value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
    </label>
  );
  async function save(event: Event) {
    event.preventDefault();
    try {
      await ask({ type: 'profile/save', profile: draft });
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
      <label class="field">
        Date of birth
        <input
          type="date"
          value={draft.dateOfBirth ?? ''}
          onInput={(e) => setDraft({ ...draft, dateOfBirth: e.currentTarget.value || undefined })}
        />
      </label>
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
