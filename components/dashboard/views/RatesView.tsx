import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { UndoBanner } from '@/components/shared/UndoBanner';
import { rateBookOf } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { AddRateTableForm } from './rates/AddRateTableForm';
import { RatesFilePanel } from './rates/RatesFilePanel';
import { RateYearCard } from './rates/RateYearCard';
import { defaultEntryYear, ratesPageYears } from './rates/rate-years';
import { useRateTableRemoval } from './rates/use-rate-table-removal';

type Props = { ledger: LedgerData; today: string; onChange: () => void };

/** The tier tables the ledger computes with, year by year with how far each can be trusted; the locum brings new ones. */
export function RatesView({ ledger, today, onChange }: Props) {
  const book = rateBookOf(ledger);
  const entered = ledger.rateTables ?? [];
  const { upcoming, earlier } = ratesPageYears(book, entered, today);
  const removal = useRateTableRemoval(onChange);
  return (
    <>
      <h1>NHS pension rates for GP locum work</h1>
      <p class="lede">
        The tiers and employer rate Locum Ledger uses for your Locum A and Locum B forms. NHSBSA publishes each scheme year's table in the
        spring: when it does, check ours against it and enter it here.
      </p>
      {removal.removed && (
        <UndoBanner onUndo={removal.undo}>
          Removed your {removal.removed.schemeYear} table: forms for that year use the built-in or projected figures again.
        </UndoBanner>
      )}
      <ProblemAlert problem={removal.problem} />
      {upcoming.map((year) => (
        <RateYearCard key={year.period.id} year={year} onRemove={removal.remove} />
      ))}
      <AddRateTableForm defaultYear={defaultEntryYear(book, today)} today={today} onChange={onChange} />
      <RatesFilePanel entered={entered} today={today} onChange={onChange} />
      <details class="card earlier">
        <summary>Earlier scheme years ({earlier.length})</summary>
        {earlier.map((year) => (
          <RateYearCard key={year.period.id} year={year} onRemove={removal.remove} />
        ))}
      </details>
    </>
  );
}
