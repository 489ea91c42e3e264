import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import { rolesForYear } from '@/lib/ledger/pension-year';
import type { LedgerData, OtherRole, PensionYear } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

/** One scheme year's entries in Settings: its roles and its ticked tiers, each change saved at once. */
export function usePensionYear(ledger: LedgerData, schemeYear: string, onChange: () => void) {
  const [problem, setProblem] = useState<string | null>(null);
  const year: PensionYear = ledger.settings.pensionYears?.[schemeYear] ?? {};
  // Saving a year writes its roles out, so the profile's older list stops applying to it from then on.
  const roles = rolesForYear(ledger, schemeYear);
  const tickedFrom = year.tickedFrom ?? {};
  /** True once saved, so a form clears only then: a refused save keeps what was typed. */
  async function save(next: PensionYear): Promise<boolean> {
    try {
      const pensionYears = { ...ledger.settings.pensionYears, [schemeYear]: next };
      await ask({ type: 'settings/save', settings: { ...ledger.settings, pensionYears } });
      setProblem(null);
      onChange();
      return true;
    } catch (error) {
      setProblem(messageOf(error));
      return false;
    }
  }
  return {
    problem,
    roles,
    tickedFrom,
    addRole: (role: OtherRole) => save({ ...year, otherRoles: [...roles, role] }),
    removeRole: (index: number) => save({ ...year, otherRoles: roles.filter((_, i) => i !== index) }),
    setTicked: (month: string, ratePercent: number) =>
      save({ ...year, otherRoles: roles, tickedFrom: { ...tickedFrom, [month]: ratePercent } }),
    clearTicked: (month: string) =>
      save({ ...year, otherRoles: roles, tickedFrom: Object.fromEntries(Object.entries(tickedFrom).filter(([from]) => from !== month)) }),
  };
}
