import { formatPence } from '../pension';
import type { Session } from './schemas';

/** What makes two sessions look like one entered twice: the same practice, day and fee (issue 16: a re-imported sheet doubled a Locum A). */
type SessionKey = Pick<Session, 'practiceId' | 'dateWorked' | 'feePence'>;

const keyOf = (session: SessionKey) => `${session.practiceId} ${session.dateWorked} ${session.feePence}`;

/** The keys of the ledger's sessions, built once so a preview of thousands of rows checks each in constant time. */
export function sessionKeys(sessions: SessionKey[]): Set<string> {
  return new Set(sessions.map(keyOf));
}

export function isInLedger(keys: Set<string>, session: SessionKey): boolean {
  return keys.has(keyOf(session));
}

/** A session already in the ledger that the new one repeats; the session itself (being edited) does not count. */
export function findDuplicate(sessions: Session[], candidate: SessionKey & { id: string }): Session | undefined {
  const key = keyOf(candidate);
  return sessions.find((session) => session.id !== candidate.id && keyOf(session) === key);
}

const DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mon 30 Nov 2026": en-GB puts a comma after the weekday, which the question reads better without. */
export function dayInWords(iso: string): string {
  const parts = DAY_IN_WORDS.formatToParts(new Date(`${iso}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** The question asked before a second identical session is added. */
export function duplicateQuestion(practiceName: string, session: SessionKey): string {
  return `You already have ${practiceName} on ${dayInWords(session.dateWorked)} for ${formatPence(session.feePence)} — add another?`;
}
