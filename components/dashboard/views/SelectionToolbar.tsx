import { useRef } from 'preact/hooks';
import { DateField } from '@/components/shared/DateField';
import { readDateField, useDateField } from '@/components/shared/use-date-field';
import type { Session } from '@/lib/ledger/schemas';
import { todayInEngland } from '@/lib/shared/today';
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
  const paid = useDateField(paidOn, 'work', todayInEngland());
  // The action empties the selection and so disables its own button, which drops focus to the page: keep it on the count.
  const countRef = useRef<HTMLSpanElement>(null);
  const then = (action: () => void) => () => {
    countRef.current?.focus();
    action();
  };
  // The view keeps the last day that could be read; Mark as paid waits until what is typed now can be read too.
  const type = (text: string) => {
    paid.props.onText(text);
    const reading = readDateField(text, 'work', paid.props.today);
    if (reading.ok) onPaidOn(reading.value);
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Selected sessions">
      <span ref={countRef} tabIndex={-1} aria-live="polite">
        {count} selected
      </span>
      <SelectGroup rows={rows} practices={practices} onSelectOnly={onSelectOnly} />
      <DateField label="Paid on" {...paid.props} onText={type} />
      <button type="button" class="button" disabled={count === 0} onClick={paid.reading.ok ? then(onMarkPaid) : () => paid.show()}>
        Mark as paid
      </button>
      <button type="button" class="button button--secondary" disabled={count === 0} onClick={then(onDelete)}>
        Delete selected
      </button>
    </div>
  );
}
