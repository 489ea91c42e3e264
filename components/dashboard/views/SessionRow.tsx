import { formatPence, formatUkDate } from '@/lib/pension';
import type { Session } from '@/lib/ledger/schemas';
import { WORK_TYPE_LABEL } from './SessionForm';

type Props = {
  session: Session;
  rowIndex: number;
  practiceName: string | undefined;
  status: string;
  selected: boolean;
  onSelect: (checked: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
};

/** One session in the table: tick box, details, Edit and Delete. */
export function SessionRow({ session, rowIndex, practiceName, status, selected, onSelect, onEdit, onDelete }: Props) {
  return (
    <tr aria-rowindex={rowIndex}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${formatUkDate(session.dateWorked)} at ${practiceName}`}
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
      </td>
      <td>{formatUkDate(session.dateWorked)}</td>
      <td>{practiceName}</td>
      <td>{WORK_TYPE_LABEL[session.workType]}</td>
      <td class="num">{formatPence(session.feePence)}</td>
      <td>{session.invoiceNumber}</td>
      <td>{session.booked ? 'Booked' : status}</td>
      <td>
        <button type="button" class="link-button" onClick={onEdit}>
          Edit
        </button>{' '}
        <button type="button" class="link-button" onClick={onDelete}>
          Delete
        </button>
      </td>
    </tr>
  );
}
