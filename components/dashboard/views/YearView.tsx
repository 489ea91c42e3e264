import { useMemo } from 'preact/hooks';
import { RATE_PERIODS } from '@/lib/pension';
import { monthlyForms } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { YearStatement } from './YearStatement';

/** One scheme year: chart, tier advice step by step, year-end reconciliation once closed, and a printable statement. */
export function YearView({ ledger, today }: { ledger: LedgerData; today: string }) {
  const months = useMemo(() => monthlyForms(ledger, today), [ledger, today]);
  const years = [...new Set(RATE_PERIODS.map((p) => p.schemeYear))]
    .reverse()
    .filter((year) => months.some((m) => schemeYearOf(m.month) === year));
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
      <h1>Year</h1>
      <button type="button" class="button button--secondary no-print" onClick={() => print()}>
        Print year statement
      </button>
      {years.map((year) => (
        <YearStatement
          key={year}
          ledger={ledger}
          today={today}
          year={year}
          inYear={months.filter((m) => schemeYearOf(m.month) === year).sort((x, y) => x.month.localeCompare(y.month))}
        />
      ))}
    </>
  );
}

function schemeYearOf(month: string): string | undefined {
  return RATE_PERIODS.find((p) => p.from <= `${month}-01` && `${month}-01` <= p.to)?.schemeYear;
}
