import { useMemo } from 'preact/hooks';
import { monthlyForms } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { usePrintYear } from '../year/use-print-year';
import { YearStatement } from './YearStatement';

/** Each scheme year's statement: chart, months, totals, tier advice, year-end check once closed; each printable on its own. */
export function YearView({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  const months = useMemo(() => monthlyForms(ledger, today), [ledger, today]);
  const { printing, printYear } = usePrintYear();
  // Months come newest first, and each carries its rate period: projected and entered years show too.
  const years = [...new Set(months.map((m) => m.ratePeriod.schemeYear))];
  if (years.length === 0) {
    return (
      <section class="empty">
        <h1>Year</h1>
        <p>
          Once practices have paid you for pensioned work, each scheme year (1 April to 31 March) shows here: your pay and contributions by
          month, the tier you should tick and why, and at year end whether you paid the right tier.
        </p>
      </section>
    );
  }
  return (
    <>
      <h1 class="no-print">Year</h1>
      {years.map((year) => (
        <YearStatement
          key={year}
          ledger={ledger}
          today={today}
          year={year}
          inYear={months.filter((m) => m.ratePeriod.schemeYear === year).sort((x, y) => x.month.localeCompare(y.month))}
          printing={printing === year}
          onPrint={() => printYear(year)}
          onChange={onChange}
        />
      ))}
    </>
  );
}
