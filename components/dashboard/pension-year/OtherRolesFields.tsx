import { formatPence } from '@/lib/shared/money';
import type { OtherRole } from '@/lib/ledger/schemas';
import { AddRoleForm } from './AddRoleForm';
import { KIND_LABELS } from './role-draft';

type Props = { roles: OtherRole[]; onAdd: (role: OtherRole) => Promise<boolean>; onRemove: (index: number) => void };

/**
 * Salaried, partner and Solo/out-of-hours work in the year: its pay is added to the locum pay before annualising, and a
 * role covering the whole year makes the year 365 days of service (pension-rules.md §5.2; year-end.md §3.1, §3.2).
 */
export function OtherRolesFields({ roles, onAdd, onRemove }: Props) {
  return (
    <fieldset>
      <legend>Other NHS practitioner roles this year</legend>
      {roles.length === 0 ? (
        <p class="muted">None: only your locum work counts towards the tier.</p>
      ) : (
        <ul class="pension-year__list">
          {roles.map((role, index) => (
            <li key={`${index}-${role.description}`}>
              {role.kind ? KIND_LABELS[role.kind] : role.description || 'Other NHS role'}: {formatPence(role.pensionablePayPence)},{' '}
              {role.fullYear ? 'the whole year' : `${role.days ?? 0} days`}{' '}
              <button type="button" class="button button--secondary" onClick={() => onRemove(index)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddRoleForm onAdd={onAdd} />
    </fieldset>
  );
}
