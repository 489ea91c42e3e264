import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { Profile } from '@/lib/ledger/schemas';
import { gmcNumberProblem, niNumberProblem, sdNumberProblem, type Finding } from '@/lib/pension';
import { messageOf } from '@/lib/shared/message-of';
import { todayInEngland } from '@/lib/shared/today';
import { DateField } from '@/components/shared/DateField';
import { useDateField } from '@/components/shared/use-date-field';
import { CheckedField } from './CheckedField';

const EMPTY: Profile = { name: '', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles: [] };

type TextKey = 'name' | 'sdNumber' | 'niNumber' | 'gmcNumber' | 'email';
type Problems = Partial<Record<TextKey, Finding>>;

/** The checks the Months view's findings make of the same details, run on save so a mistake shows at its field. */
function problemsOf(profile: Profile): Problems {
  const found: Problems = {
    sdNumber: sdNumberProblem(profile.sdNumber),
    niNumber: niNumberProblem(profile.niNumber),
    gmcNumber: gmcNumberProblem(profile.gmcNumber),
  };
  return Object.fromEntries(Object.entries(found).filter(([, problem]) => problem)) as Problems;
}

/** The details PCSE Online and the Locum B ask for. An error stops the save; a warning (no SD number yet) saves and says so. */
export function ProfileForm({ profile, onChange }: { profile: Profile | null; onChange: () => void }) {
  const [draft, setDraft] = useState<Profile>(profile ?? EMPTY);
  const dateOfBirth = useDateField(profile?.dateOfBirth, 'birth', todayInEngland());
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const edit = (next: Profile) => {
    setDraft(next);
    setMessage(null);
  };
  const field = (key: TextKey, label: string) => (
    <CheckedField
      id={`profile-${key}`}
      label={label}
      value={draft[key]}
      problem={problems[key]}
      onInput={(value) => {
        edit({ ...draft, [key]: value });
        setProblems({ ...problems, [key]: undefined });
      }}
    />
  );
  async function save(event: Event) {
    event.preventDefault();
    dateOfBirth.show();
    const { dateOfBirth: _, ...rest } = draft;
    const born = dateOfBirth.text.trim() === '' ? {} : dateOfBirth.reading.ok ? { dateOfBirth: dateOfBirth.reading.value } : null;
    const found = problemsOf(draft);
    setProblems(found);
    if (!born) return setMessage(null);
    if (Object.values(found).some((problem) => problem.severity === 'error'))
      return setMessage({ kind: 'bad', text: 'Not saved: correct the details marked ✗.' });
    try {
      await ask({ type: 'profile/save', profile: { ...rest, ...born } });
      setMessage({ kind: 'ok', text: Object.keys(found).length ? 'Saved, with the warning shown at its field.' : 'Saved.' });
      onChange();
    } catch (error) {
      setMessage({ kind: 'bad', text: messageOf(error) });
    }
  }
  return (
    <form class="card toolbar" onSubmit={save} aria-label="Your details" noValidate>
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
