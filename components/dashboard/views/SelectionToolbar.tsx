import { DateField } from '@/components/shared/DateField';
import { readDateField, useDateField } from '@/components/shared/use-date-field';
import { todayInEngland } from '@/lib/shared/today';

type Props = { count: number; paidOn: string; onPaidOn: (day: string) => void; onMarkPaid: () => void; onDelete: () => void };

/** Bulk actions on the ticked sessions: mark them paid on a day, or delete them. */
export function SelectionToolbar({ count, paidOn, onPaidOn, onMarkPaid, onDelete }: Props) {
  const paid = useDateField(paidOn, 'work', todayInEngland());
  // The view keeps the last day that could be read; Mark as paid waits until what is typed now can be read too.
  const type = (text: string) => {
    paid.props.onText(text);
    const reading = readDateField(text, 'work', paid.props.today);
    if (reading.ok) onPaidOn(reading.value);
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Selected sessions">
      <span>{count} selected</span>
      <DateField label="Paid on" {...paid.props} onText={type} />
      <button type="button" class="button" disabled={count === 0} onClick={() => (paid.reading.ok ? onMarkPaid() : paid.show())}>
        Mark as paid
      </button>
      <button type="button" class="button button--secondary" disabled={count === 0} onClick={onDelete}>
        Delete selected
      </button>
    </div>
  );
}
