import { formatMonth } from '@/lib/pension';
import type { Session } from '@/lib/ledger/schemas';

type Props = { rows: Session[]; practices: Map<string, string>; onSelectOnly: (ids: string[]) => void };

type Group = { key: string; label: string; ids: string[] };

/** Every session, each month and each practice, as groups to tick at once for Mark as paid. */
function groupsOf(rows: Session[], practices: Map<string, string>): Group[] {
  const months = new Map<string, string[]>();
  const byPractice = new Map<string, string[]>();
  for (const session of rows) {
    const month = session.dateWorked.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), session.id]);
    byPractice.set(session.practiceId, [...(byPractice.get(session.practiceId) ?? []), session.id]);
  }
  return [
    { key: 'all', label: 'All sessions', ids: rows.map((s) => s.id) },
    ...[...months]
      .sort(([x], [y]) => (x < y ? 1 : -1))
      .map(([month, ids]) => ({ key: `m:${month}`, label: `Worked in ${formatMonth(month)}`, ids })),
    ...[...byPractice].map(([id, ids]) => ({ key: `p:${id}`, label: `At ${practices.get(id) ?? 'an unknown practice'}`, ids })),
    { key: 'none', label: 'None', ids: [] },
  ];
}

/** Tick a whole group of sessions in one go: all, a month's or a practice's. */
export function SelectGroup({ rows, practices, onSelectOnly }: Props) {
  const groups = groupsOf(rows, practices);
  return (
    <label class="field">
      Select
      <select
        value=""
        onChange={(e) => {
          const group = groups.find((g) => g.key === e.currentTarget.value);
          if (group) onSelectOnly(group.ids);
          e.currentTarget.value = '';
        }}
      >
        <option value="">Choose sessions…</option>
        {groups.map((group) => (
          <option key={group.key} value={group.key}>
            {group.label} ({group.ids.length})
          </option>
        ))}
      </select>
    </label>
  );
}
