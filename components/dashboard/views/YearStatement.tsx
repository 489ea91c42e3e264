import { FindingList } from '@/components/shared/FindingList';
import { TierAdvice } from '@/components/shared/TierAdvice';
import { formatUkDate, reconcileYear } from '@/lib/pension';
import { adviceFor, rateBookOf, type MonthForms } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { MonthlyLocumBTable } from './MonthlyLocumBTable';
import { YearChart } from './YearChart';
import { YearEndCheck } from './YearEndCheck';

type Props = { ledger: LedgerData; today: string; year: string; inYear: MonthForms[] };

/** One scheme year, printable: chart, months, tier advice step by step, and the year-end check once it has closed. */
export function YearStatement({ ledger, today, year, inYear }: Props) {
  const lastDay = `${inYear.at(-1)!.month}-01`;
  const period = inYear.at(-1)!.ratePeriod;
  // A scheme year closes on 31 March; until then its reconciliation would be premature.
  const closed = `${Number(year.slice(0, 4)) + 1}-03-31` < today;
  const advice = adviceFor(ledger, lastDay);
  const reconciliation = closed
    ? reconcileYear(
        {
          formsB: inYear.map((m) => ({ month: m.month, a: m.formB.a, ratePercent: m.ratePercent })),
          annualisedPence: advice.annualisedPence,
        },
        rateBookOf(ledger),
      )
    : null;
  const references = (month: string) =>
    ledger.submissions
      .filter((s) => s.month === month)
      .map((s) => s.paymentReference ?? s.formReference)
      .filter(Boolean)
      .join(', ');
  const errors = inYear.flatMap((m) => m.findings.filter((f) => f.severity === 'error'));
  return (
    <section class="card statement" aria-labelledby={`year-${year}`}>
      <h2 id={`year-${year}`}>Scheme year {year}</h2>
      <YearChart
        bars={inYear.map((m) => ({ month: m.month, pensionablePence: m.formB.a, contributionsPence: m.formB.i }))}
        period={period}
      />
      <MonthlyLocumBTable months={inYear} references={references} />
      <h3>Your tier</h3>
      <TierAdvice advice={advice} today={today} />
      {reconciliation && <YearEndCheck reconciliation={reconciliation} />}
      <p class="muted">Statement printed {formatUkDate(today)} from Locum Ledger.</p>
      {errors.length > 0 && <FindingList findings={errors} />}
    </section>
  );
}
