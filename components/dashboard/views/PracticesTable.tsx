import type { Practice } from '@/lib/ledger/schemas';

/** The practices you work for, each with Edit and Delete. */
export function PracticesTable({
  practices,
  onEdit,
  onDelete,
}: {
  practices: Practice[];
  onEdit: (practice: Practice) => void;
  onDelete: (practice: Practice) => void;
}) {
  return (
    <table class="card">
      <thead>
        <tr>
          <th scope="col">Practice</th>
          <th scope="col">ODS code</th>
          <th scope="col">Approver</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {practices.map((practice) => (
          <tr key={practice.id}>
            <td>{practice.name}</td>
            <td>{practice.odsCode}</td>
            <td>{practice.approverContact}</td>
            <td>
              <button type="button" class="link-button" onClick={() => onEdit(practice)}>
                Edit
              </button>{' '}
              <button type="button" class="link-button" onClick={() => onDelete(practice)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
