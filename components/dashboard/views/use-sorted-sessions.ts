import { useMemo, useState } from 'preact/hooks';
import type { Session } from '@/lib/ledger/schemas';
import { statusOf } from './session-status';

export type SortKey = 'date' | 'practice' | 'status';
export type Sort = { key: SortKey; descending: boolean };
const byText = new Intl.Collator().compare;

/** The sessions in the order the user chose: by date (newest first to start with), practice or status. */
export function useSortedSessions(sessions: Session[], practices: Map<string, string>, invoicePaid: Map<string, string>) {
  const [sort, setSort] = useState<Sort>({ key: 'date', descending: true });
  const rows = useMemo(() => {
    const key = (s: Session) =>
      sort.key === 'date'
        ? s.dateWorked
        : sort.key === 'practice'
          ? `${practices.get(s.practiceId)} ${s.dateWorked}`
          : `${statusOf(s, invoicePaid)} ${s.dateWorked}`;
    // Each key once, not once per comparison; ISO dates sort by code point, names and statuses by the collator.
    const keyed = sessions.map((session) => ({ session, key: key(session) }));
    keyed.sort(sort.key === 'date' ? (x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) : (x, y) => byText(x.key, y.key));
    const sorted = keyed.map(({ session }) => session);
    return sort.descending ? sorted.reverse() : sorted;
  }, [sessions, sort, practices, invoicePaid]);
  /** Clicking the sorted column flips its order; clicking another sorts by it, ascending. */
  const sortBy = (key: SortKey) => setSort({ key, descending: sort.key === key ? !sort.descending : false });
  return { rows, sort, sortBy };
}
