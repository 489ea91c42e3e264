import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { useDuplicateQuestion } from '@/components/shared/use-duplicate-question';
import { ask } from '@/lib/ledger/client';
import { duplicateQuestion, findDuplicate } from '@/lib/ledger/duplicates';
import type { LedgerData, Session } from '@/lib/ledger/schemas';
import { useSessionSelection } from './use-session-selection';

/** Editing, deleting with Undo, marking the ticked sessions paid on a chosen day, and asking before adding a session twice. */
export function useSessionActions(ledger: Pick<LedgerData, 'sessions' | 'practices'>, today: string, onChange: () => void) {
  const [editing, setEditing] = useState<Session | null>(null);
  const [undo, setUndo] = useState<Session[] | null>(null);
  const [paidOn, setPaidOn] = useState(today);
  // What the last Mark as paid did, said back: the rows change status below the fold, out of sight.
  const [marked, setMarked] = useState<{ count: number; paidOn: string } | null>(null);
  const selection = useSessionSelection();
  const duplicate = useDuplicateQuestion();
  const { problem, run } = useAction(onChange);

  /** False when the user chose not to add a repeat of a session already in the ledger; the form keeps what was typed. */
  const save = async (session: Session): Promise<boolean> => {
    const adding = !ledger.sessions.some((s) => s.id === session.id);
    if (adding && findDuplicate(ledger.sessions, session)) {
      const practiceName = ledger.practices.find((p) => p.id === session.practiceId)?.name ?? 'this practice';
      if (!(await duplicate.confirm(duplicateQuestion(practiceName, session)))) return false;
    }
    await ask({ type: 'session/save', session });
    setEditing(null);
    onChange();
    return true;
  };
  const remove = (ids: string[]) => run(async () => setUndo(await ask({ type: 'sessions/delete', ids })));
  const restore = () =>
    run(async () => {
      await ask({ type: 'sessions/save', sessions: undo ?? [], practices: [] });
      setUndo(null);
    });
  const markPaid = () =>
    run(async () => {
      const ids = [...selection.selected];
      await ask({ type: 'sessions/mark-paid', ids, paidOn });
      selection.clear();
      setMarked({ count: ids.length, paidOn });
    });
  return { editing, setEditing, undo, paidOn, setPaidOn, selection, problem, save, remove, restore, markPaid, marked, duplicate };
}
