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
  return { selected, select, clear: () => setSelected(new Set()) };
}
