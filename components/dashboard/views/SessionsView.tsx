import { formatUkDate } from '@/lib/pension';
import { useMemo } from 'preact/hooks';
import { DuplicateQuestion } from '@/components/shared/DuplicateQuestion';
import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { UndoBanner } from '@/components/shared/UndoBanner';
import type { LedgerData } from '@/lib/ledger/schemas';
import { SelectionToolbar } from './SelectionToolbar';
import { SessionForm } from './SessionForm';
import { SessionsImport } from './SessionsImport';
import { SessionsTable } from './SessionsTable';
import { useSessionActions } from './use-session-actions';
import { useSortedSessions } from './use-sorted-sessions';

type Props = { ledger: LedgerData; today: string; onChange: () => void };

/** Every session: sortable, editable, deletable with Undo, and markable as paid in bulk. */
export function SessionsView({ ledger, today, onChange }: Props) {
  const practices = useMemo(() => new Map(ledger.practices.map((p) => [p.id, p.name])), [ledger.practices]);
  const invoicePaid = useMemo(
    () => new Map(ledger.invoices.flatMap((i) => (i.paidOn ? [[i.id, i.paidOn] as const] : []))),
    [ledger.invoices],
  );
  const { rows, sort, sortBy } = useSortedSessions(ledger.sessions, practices, invoicePaid);
  const { editing, setEditing, undo, paidOn, setPaidOn, selection, problem, save, remove, restore, markPaid, marked, duplicate } =
    useSessionActions(ledger, today, onChange);

  if (ledger.practices.length === 0) return <NoPracticesYet />;
  return (
    <>
      <h1>Sessions</h1>
      <SessionsImport ledger={ledger} onChange={onChange} />
      {editing ? (
        <SessionForm
          key={editing.id}
          practices={ledger.practices}
          today={today}
          editing={editing}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <SessionForm practices={ledger.practices} today={today} onSave={save} />
      )}
      <DuplicateQuestion question={duplicate.question} onAnswer={duplicate.answer} />
      {undo && (
        <UndoBanner onUndo={restore}>
          Deleted {undo.length} session{undo.length === 1 ? '' : 's'}.
        </UndoBanner>
      )}
      <ProblemAlert problem={problem} />
      {marked && <MarkedPaid {...marked} />}
      {rows.length === 0 ? (
        <p class="empty">
          No sessions yet. Add your first above: the date you worked, the practice and the fee you invoiced, without the 14.38% employer
          contribution.
        </p>
      ) : (
        <section class="card">
          <SelectionToolbar
            count={selection.selected.size}
            paidOn={paidOn}
            rows={rows}
            practices={practices}
            onSelectOnly={selection.selectOnly}
            onPaidOn={setPaidOn}
            onMarkPaid={markPaid}
            onDelete={() => remove([...selection.selected])}
          />
          <SessionsTable
            rows={rows}
            sort={sort}
            onSort={sortBy}
            practices={practices}
            invoicePaid={invoicePaid}
            selected={selection.selected}
            onSelect={selection.select}
            onEdit={setEditing}
            onDelete={remove}
          />
        </section>
      )}
    </>
  );
}

function NoPracticesYet() {
  return (
    <section class="empty">
      <h1>Sessions</h1>
      <p>
        Start with the practices you work for: add them under <a href="#practices">Practices</a>, with their ODS codes. Then record each
        session here, or import a spreadsheet in <a href="#settings">Settings</a>.
      </p>
    </section>
  );
}

/** Said back after Mark as paid, with where the Locum A it made now is. */
function MarkedPaid({ count, paidOn }: { count: number; paidOn: string }) {
  return (
    <p role="status" class="ok">
      Marked {count} session{count === 1 ? '' : 's'} paid on {formatUkDate(paidOn)}: the Locum A is under <a href="#months">Months</a>.
    </p>
  );
}
