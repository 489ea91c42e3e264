import { useState } from 'preact/hooks';
import { formatMonth } from '@/lib/shared/dates';
import { monthsOfSchemeYear } from '@/lib/ledger/pension-year';
import type { PensionYearStatus } from '@/lib/ledger/pension-year-status';

type Props = {
  schemeYear: string;
  status: PensionYearStatus;
  tickedFrom: Record<string, number>;
  onSet: (month: string, ratePercent: number) => void;
  onClear: (month: string) => void;
};

/** Why the tier shown is the one ticked: set here, read from the last Locum B sent, or the advice as nothing else says. */
function whyText({ ticked, month }: PensionYearStatus): string {
  const as = `${ticked.ratePercent}% in ${formatMonth(month)}`;
  if (ticked.from === 'settings') return `${as}, as you set it${ticked.month ? ` from ${formatMonth(ticked.month)}` : ''}.`;
  if (ticked.from === 'sent') return `${as}, the tier on your last Locum B sent (${formatMonth(ticked.month!)}).`;
  return `${as}: no Locum B sent this year and nothing set here, so the advised tier.`;
}

/** The tier actually ticked on the Locum Bs, from a month on: a change mid-year is one more entry. */
export function TickedTierFields({ schemeYear, status, tickedFrom, onSet, onClear }: Props) {
  const [from, setFrom] = useState(status.month);
  const [rate, setRate] = useState(String(status.ticked.ratePercent));
  const changes = Object.entries(tickedFrom).sort(([x], [y]) => x.localeCompare(y));
  return (
    <fieldset>
      <legend>The tier you tick on your Locum Bs</legend>
      <p data-testid="ticked-now">{whyText(status)}</p>
      <div class="toolbar">
        <label>
          Tier{' '}
          <select value={rate} onChange={(e) => setRate(e.currentTarget.value)}>
            {status.tiers.map((tier) => (
              <option key={tier} value={String(tier)}>
                {tier}%
              </option>
            ))}
          </select>
        </label>
        <label>
          from{' '}
          <select value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
            {monthsOfSchemeYear(schemeYear).map((month) => (
              <option key={month} value={month}>
                {formatMonth(month)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button" onClick={() => onSet(from, Number(rate))}>
          Save tier
        </button>
      </div>
      <ul class="pension-year__list">
        {changes.map(([month, percent]) => (
          <li key={month}>
            From {formatMonth(month)}: {percent}%{' '}
            <button type="button" class="button button--secondary" onClick={() => onClear(month)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
