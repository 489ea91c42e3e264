import { useState } from 'preact/hooks';

/** The sessions ticked for a bulk action. */
export function useSessionSelection() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const select = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  /** Select-all, or all of a month or practice: replaces the ticks, so the toolbar's count is what the action will touch. */
  const selectOnly = (ids: string[]) => setSelected(new Set(ids));
  return { selected, select, selectOnly, clear: () => setSelected(new Set()) };
}
