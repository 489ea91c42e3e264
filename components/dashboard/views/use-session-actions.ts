import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { Session } from '@/lib/ledger/schemas';
import { useSessionSelection } from './use-session-selection';

/** Editing, deleting with Undo, and marking the ticked sessions paid on a chosen day. */
export function useSessionActions(today: string, onChange: () => void) {
  const [editing, setEditing] = useState<Session | null>(null);
  const [undo, setUndo] = useState<Session[] | null>(null);
  const [paidOn, setPaidOn] = useState(today);
  const selection = useSessionSelection();
  const { problem, run } = useAction(onChange);

  const save = async (session: Session) => {
    await ask({ type: 'session/save', session });
    setEditing(null);
    onChange();
  };
  const remove = (ids: string[]) => run(async () => setUndo(await ask({ type: 'sessions/delete', ids })));
  const restore = () =>
    run(async () => {
      await ask({ type: 'sessions/save', sessions: undo ?? [], practices: [] });
      setUndo(null);
    });
  const markPaid = () =>
    run(async () => {
      await ask({ type: 'sessions/mark-paid', ids: [...selection.selected], paidOn });
      selection.clear();
    });
  return { editing, setEditing, undo, paidOn, setPaidOn, selection, problem, save, remove, restore, markPaid };
}
