import { useRef } from 'preact/hooks';
import type { Session } from '@/lib/ledger/schemas';
import { SelectGroup } from './SelectGroup';

type Props = {
  count: number;
  paidOn: string;
  rows: Session[];
  practices: Map<string, string>;
  onSelectOnly: (ids: string[]) => void;
  onPaidOn: (day: string) => void;
  onMarkPaid: () => void;
  onDelete: () => void;
};

/** Bulk actions on the ticked sessions: tick a group, mark them paid on a day, or delete them. */
export function SelectionToolbar({ count, paidOn, rows, practices, onSelectOnly, onPaidOn, onMarkPaid, onDelete }: Props) {
  // The action empties the selection and so disables its own button, which drops focus to the page: keep it on the count.
  const countRef = useRef<HTMLSpanElement>(null);
  const then = (action: () => void) => () => {
    countRef.current?.focus();
    action();
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Selected sessions">
      <span ref={countRef} tabIndex={-1} aria-live="polite">
        {count} selected
      </span>
      <SelectGroup rows={rows} practices={practices} onSelectOnly={onSelectOnly} />
      <label class="field">
        Paid on
        <input type="date" value={paidOn} onInput={(e) => onPaidOn(e.currentTarget.value)} />
      </label>
      <button type="button" class="button" disabled={count === 0} onClick={then(onMarkPaid)}>
        Mark as paid
      </button>
      <button type="button" class="button button--secondary" disabled={count === 0} onClick={then(onDelete)}>
        Delete selected
      </button>
    </div>
  );
}
