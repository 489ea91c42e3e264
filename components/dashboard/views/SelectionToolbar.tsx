type Props = { count: number; paidOn: string; onPaidOn: (day: string) => void; onMarkPaid: () => void; onDelete: () => void };

/** Bulk actions on the ticked sessions: mark them paid on a day, or delete them. */
export function SelectionToolbar({ count, paidOn, onPaidOn, onMarkPaid, onDelete }: Props) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Selected sessions">
      <span>{count} selected</span>
      <label class="field">
        Paid on
        <input type="date" value={paidOn} onInput={(e) => onPaidOn(e.currentTarget.value)} />
      </label>
      <button type="button" class="button" disabled={count === 0} onClick={onMarkPaid}>
        Mark as paid
      </button>
      <button type="button" class="button button--secondary" disabled={count === 0} onClick={onDelete}>
        Delete selected
      </button>
    </div>
  );
}
