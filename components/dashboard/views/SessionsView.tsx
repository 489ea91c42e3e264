import { useMemo, useRef, useState } from 'preact/hooks';
import { useWindowedRows } from '@/components/shared/use-windowed-rows';
import { formatPence, formatUkDate } from '@/lib/pension';
import { ask } from '@/lib/ledger/client';
import type { LedgerData, Session } from '@/lib/ledger/schemas';
import { SessionForm, WORK_TYPE_LABEL } from './SessionForm';
import { messageOf } from '@/lib/shared/message-of';

type SortKey = 'date' | 'practice' | 'status';
const byText = new Intl.Collator().compare;
type Props = { ledger: LedgerData; today: string; onChange: () => void };

function statusOf(session: Session, paidOn: Map<string, string>): string {
  if (!session.pensioned) return 'Not pensioned';
  const paid = session.invoiceId ? paidOn.get(session.invoiceId) : undefined;
  return paid ? `Paid ${formatUkDate(paid)}` : 'Unpaid';
}

/** Every session: sortable, editable, deletable with Undo, and markable as paid in bulk. */
export function SessionsView({ ledger, today, onChange }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'date', descending: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Session | null>(null);
  const [undo, setUndo] = useState<Session[] | null>(null);
  const [paidOn, setPaidOn] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const practices = useMemo(() => new Map(ledger.practices.map((p) => [p.id, p.name])), [ledger.practices]);
  const invoicePaid = useMemo(() => new Map(ledger.invoices.flatMap((i) => (i.paidOn ? [[i.id, i.paidOn] as const] : []))), [ledger.invoices]);

  const rows = useMemo(() => {
    const key = (s: Session) => (sort.key === 'date' ? s.dateWorked : sort.key === 'practice' ? `${practices.get(s.practiceId)} ${s.dateWorked}` : `${statusOf(s, invoicePaid)} ${s.dateWorked}`);
    // Each key once, not once per comparison; ISO dates sort by code point, names and statuses by the collator.
    const keyed = ledger.sessions.map((session) => ({ session, key: key(session) }));
    keyed.sort(sort.key === 'date' ? (x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) : (x, y) => byText(x.key, y.key));
    const sorted = keyed.map(({ session }) => session);
    return sort.descending ? sorted.reverse() : sorted;
  }, [ledger.sessions, sort, practices, invoicePaid]);
  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useWindowedRows(rows.length, body);

  async function run(work: () => Promise<unknown>) {
    try {
      await work();
      setProblem(null);
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  const save = async (session: Session) => {
    await ask({ type: 'session/save', session });
    setEditing(null);
    onChange();
  };
  const remove = (ids: string[]) => run(async () => setUndo(await ask({ type: 'sessions/delete', ids })));
  const restore = () => run(async () => {
    await ask({ type: 'sessions/save', sessions: undo ?? [], practices: [] });
    setUndo(null);
  });
  const markPaid = () => run(async () => {
    await ask({ type: 'sessions/mark-paid', ids: [...selected], paidOn });
    setSelected(new Set());
  });
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}>
        {label}
      </button>
    </th>
  );

  if (ledger.practices.length === 0) {
    return (
      <section class="empty">
        <h1>Sessions</h1>
        <p>Start with the practices you work for: add them under <a href="#practices">Practices</a>, with their ODS codes. Then record each session here, or import a spreadsheet in <a href="#settings">Settings</a>.</p>
      </section>
    );
  }
  return (
    <>
      <h1>Sessions</h1>
      {editing ? (
        <SessionForm key={editing.id} practices={ledger.practices} today={today} editing={editing} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <SessionForm practices={ledger.practices} today={today} onSave={save} />
      )}
      {undo && (
        <div class="banner" role="status">
          Deleted {undo.length} session{undo.length === 1 ? '' : 's'}.
          <button type="button" class="button button--secondary" onClick={restore}>
            Undo
          </button>
        </div>
      )}
      {problem && <p role="alert" class="bad">{problem}</p>}
      {rows.length === 0 ? (
        <p class="empty">No sessions yet. Add your first above: the date you worked, the practice and the fee you invoiced, without the 14.38% employer contribution.</p>
      ) : (
        <section class="card">
          <div class="toolbar" aria-label="Selected sessions">
            <span>{selected.size} selected</span>
            <label class="field">
              Paid on
              <input type="date" value={paidOn} onInput={(e) => setPaidOn(e.currentTarget.value)} />
            </label>
            <button type="button" class="button" disabled={selected.size === 0} onClick={markPaid}>
              Mark as paid
            </button>
            <button type="button" class="button button--secondary" disabled={selected.size === 0} onClick={() => remove([...selected])}>
              Delete selected
            </button>
          </div>
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
                  <th scope="col" class="num">Fee</th>
                  {header('status', 'Status')}
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody ref={body}>
                {shown.before > 0 && (
                  <tr aria-hidden="true" class="spacer">
                    <td colSpan={7} style={{ height: `${shown.before}px` }} />
                  </tr>
                )}
                {rows.slice(shown.start, shown.end).map((session, i) => (
                  <tr key={session.id} aria-rowindex={shown.start + i + 2}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${formatUkDate(session.dateWorked)} at ${practices.get(session.practiceId)}`}
                        checked={selected.has(session.id)}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.currentTarget.checked) next.add(session.id);
                          else next.delete(session.id);
                          setSelected(next);
                        }}
                      />
                    </td>
                    <td>{formatUkDate(session.dateWorked)}</td>
                    <td>{practices.get(session.practiceId)}</td>
                    <td>{WORK_TYPE_LABEL[session.workType]}</td>
                    <td class="num">{formatPence(session.feePence)}</td>
                    <td>{statusOf(session, invoicePaid)}</td>
                    <td>
                      <button type="button" class="link-button" onClick={() => setEditing(session)}>
                        Edit
                      </button>{' '}
                      <button type="button" class="link-button" onClick={() => remove([session.id])}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
                {shown.after > 0 && (
                  <tr aria-hidden="true" class="spacer">
                    <td colSpan={7} style={{ height: `${shown.after}px` }} />
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
