import { useState } from 'preact/hooks';
import type { OtherRole, OtherRoleKind } from '@/lib/ledger/schemas';
import { EMPTY_ROLE, KIND_LABELS, roleFromDraft, type RoleDraft, type RoleProblems } from './role-draft';

function Problem({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <span id={id} class="field-problem field-problem--error">
      ✗ {text}
    </span>
  ) : null;
}

/** One more NHS practitioner role for the year: its kind, its pensionable pay, and the days it covers or the whole year. */
export function AddRoleForm({ onAdd }: { onAdd: (role: OtherRole) => Promise<boolean> }) {
  const [draft, setDraft] = useState<RoleDraft>(EMPTY_ROLE);
  const [problems, setProblems] = useState<RoleProblems>({});
  const edit = (change: Partial<RoleDraft>) => setDraft({ ...draft, ...change });
  async function add(event: Event) {
    event.preventDefault();
    const checked = roleFromDraft(draft);
    if ('problems' in checked) return setProblems(checked.problems);
    setProblems({});
    if (await onAdd(checked.role)) setDraft(EMPTY_ROLE);
  }
  return (
    <form class="toolbar" onSubmit={add} aria-label="Add a role" noValidate>
      <div class="field">
        <label for="role-kind">Role</label>
        <select id="role-kind" value={draft.kind} onChange={(e) => edit({ kind: e.currentTarget.value as OtherRoleKind })}>
          {Object.entries(KIND_LABELS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="role-pay">Pensionable pay in the year (£)</label>
        <input
          id="role-pay"
          inputMode="decimal"
          value={draft.pay}
          aria-invalid={problems.pay ? 'true' : undefined}
          aria-describedby={problems.pay ? 'role-pay-problem' : undefined}
          onInput={(e) => edit({ pay: e.currentTarget.value })}
        />
        <Problem id="role-pay-problem" text={problems.pay} />
      </div>
      <label>
        <input type="checkbox" checked={draft.wholeYear} onChange={(e) => edit({ wholeYear: e.currentTarget.checked })} /> Covers the whole
        year
      </label>
      {!draft.wholeYear && (
        <div class="field">
          <label for="role-days">Days it covers</label>
          <input
            id="role-days"
            inputMode="numeric"
            size={5}
            value={draft.days}
            aria-invalid={problems.days ? 'true' : undefined}
            aria-describedby={problems.days ? 'role-days-problem' : undefined}
            onInput={(e) => edit({ days: e.currentTarget.value })}
          />
          <Problem id="role-days-problem" text={problems.days} />
        </div>
      )}
      <button type="submit" class="button">
        Add role
      </button>
    </form>
  );
}
