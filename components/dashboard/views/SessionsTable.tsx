import { useEffect, useRef } from 'preact/hooks';
import { useWindowedRows } from '@/components/shared/use-windowed-rows';
import type { Session } from '@/lib/ledger/schemas';
import { statusOf } from './session-status';
import { SessionRow } from './SessionRow';
import type { Sort, SortKey } from './use-sorted-sessions';

type Props = {
  rows: Session[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  practices: Map<string, string>;
  invoicePaid: Map<string, string>;
  selected: Set<string>;
  onSelect: (id: string, checked: boolean) => void;
  onEdit: (session: Session) => void;
  onDelete: (ids: string[]) => void;
};

/** The sessions table, sortable by three columns; only the rows near the viewport are in the DOM. */
export function SessionsTable({ rows, sort, onSort, practices, invoicePaid, selected, onSelect, onEdit, onDelete }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useWindowedRows(rows.length, body);
  const refocus = useFocusAfterDelete(body, rows);
  const header = (key: SortKey, label: string) => (
    <SortHeader label={label} sorted={sort.key === key ? sort : undefined} onSort={() => onSort(key)} />
  );
  return (
    <div class="table-scroll">
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <span class="visually-hidden">Select</span>
            </th>
            {header('date', 'Date worked')}
            {header('practice', 'Practice')}
            <th scope="col">Work</th>
            <th scope="col" class="num">
              Fee
            </th>
            <th scope="col">Invoice no</th>
            {header('status', 'Status')}
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          <SpacerRow height={shown.before} />
          {rows.slice(shown.start, shown.end).map((session, i) => (
            <SessionRow
              key={session.id}
              session={session}
              rowIndex={shown.start + i + 2}
              practiceName={practices.get(session.practiceId)}
              status={statusOf(session, invoicePaid)}
              selected={selected.has(session.id)}
              onSelect={(checked) => onSelect(session.id, checked)}
              onEdit={() => onEdit(session)}
              onDelete={() => {
                refocus(i);
                onDelete([session.id]);
              }}
            />
          ))}
          <SpacerRow height={shown.after} />
        </tbody>
      </table>
    </div>
  );
}

/** A deleted row takes its Delete button, and the focus, with it: move focus to the Delete button now in its place. */
function useFocusAfterDelete(body: { current: HTMLTableSectionElement | null }, rows: Session[]) {
  const position = useRef<number | null>(null);
  useEffect(() => {
    if (position.current === null) return;
    const buttons = body.current?.querySelectorAll<HTMLButtonElement>('tr:not(.spacer) button.link-button:last-of-type') ?? [];
    buttons[Math.min(position.current, buttons.length - 1)]?.focus();
    position.current = null;
  }, [rows]);
  return (at: number) => {
    position.current = at;
  };
}

function SortHeader({ label, sorted, onSort }: { label: string; sorted: Sort | undefined; onSort: () => void }) {
  return (
    <th scope="col" aria-sort={sorted ? (sorted.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={onSort}>
        {label}
      </button>
    </th>
  );
}

/** Stands in for the rows outside the window, so the table keeps its full height. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row that only holds the table's height; nothing in it can take focus.
    <tr aria-hidden="true" class="spacer">
      <td colSpan={8} style={{ height: `${height}px` }} />
    </tr>
  );
}
