import { useMemo, useState } from 'preact/hooks';
import { TierAdvice } from '@/components/shared/TierAdvice';
import { pensionYearsToShow } from '@/lib/ledger/pension-year';
import { pensionYearStatus } from '@/lib/ledger/pension-year-status';
import type { LedgerData } from '@/lib/ledger/schemas';
import { OtherRolesFields } from './OtherRolesFields';
import { TickedTierFields } from './TickedTierFields';
import { usePensionYear } from './use-pension-year';

type Props = { ledger: LedgerData; today: string; onChange: () => void };

/** Settings → Your pension year: per scheme year, the tier ticked on the Locum Bs and other NHS roles, and the estimate they give. */
export function PensionYearPanel({ ledger, today, onChange }: Props) {
  const years = pensionYearsToShow(ledger, today);
  const [year, setYear] = useState(years[0]!);
  const status = useMemo(() => pensionYearStatus(ledger, year, today), [ledger, year, today]);
  const entries = usePensionYear(ledger, year, onChange);
  return (
    <section class="card pension-year" aria-labelledby="pension-year-heading">
      <h2 id="pension-year-heading">Your pension year</h2>
      <p class="muted">The tier you actually tick, and any other NHS work you do as a GP: both decide the tier you should pay.</p>
      <label>
        Scheme year{' '}
        <select value={year} onChange={(e) => setYear(e.currentTarget.value)}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <TickedTierFields
        key={year}
        schemeYear={year}
        status={status}
        tickedFrom={entries.tickedFrom}
        onSet={entries.setTicked}
        onClear={entries.clearTicked}
      />
      <OtherRolesFields key={`roles-${year}`} roles={entries.roles} onAdd={entries.addRole} onRemove={entries.removeRole} />
      {entries.problem && (
        <p role="alert" class="bad">
          {entries.problem}
        </p>
      )}
      <h3>Estimate for {year}</h3>
      <TierAdvice advice={status.advice} today={today} />
    </section>
  );
}
