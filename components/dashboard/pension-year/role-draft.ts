import { OtherRole, type OtherRoleKind } from '@/lib/ledger/schemas';
import { parsePounds } from '@/lib/shared/parse-uk';

/** A role as typed in Settings, before it is checked: the pay and days are the field's own text. */
export type RoleDraft = { kind: OtherRoleKind; pay: string; wholeYear: boolean; days: string };
export type RoleProblems = Partial<Record<'pay' | 'days', string>>;

export const EMPTY_ROLE: RoleDraft = { kind: 'salaried', pay: '', wholeYear: true, days: '' };

/** How each kind is named on the screen and stored as the role's description (year-end.md §3.1, §3.2). */
export const KIND_LABELS: Record<OtherRoleKind, string> = {
  salaried: 'Salaried GP (Type 2)',
  partner: 'GP partner (Type 1)',
  solo: 'Out-of-hours or Solo work',
};

/** The role to store, or the problem at each field: a bad amount or day count is said where it was typed. */
export function roleFromDraft(draft: RoleDraft): { role: OtherRole } | { problems: RoleProblems } {
  const problems: RoleProblems = {};
  const pay = parsePounds(draft.pay);
  if (!pay.ok)
    problems.pay =
      pay.reason === 'is empty' ? 'Enter the pensionable pay in pounds, for example 30,000.' : `Pensionable pay: ${pay.reason}.`;
  const days = Number(draft.days.trim());
  const daysOk = draft.wholeYear || (/^\d+$/.test(draft.days.trim()) && days >= 1 && days <= 365);
  if (!daysOk) problems.days = 'Days covered: enter a whole number from 1 to 365, or tick "the whole year".';
  if (!pay.ok || !daysOk) return { problems };
  const role = OtherRole.parse({
    description: KIND_LABELS[draft.kind],
    kind: draft.kind,
    pensionablePayPence: pay.value,
    fullYear: draft.wholeYear,
    ...(draft.wholeYear ? {} : { days }),
  });
  return { role };
}
