import { TierAdvice } from '@/components/shared/TierAdvice';
import { formatPence, formatUkDate, reconcileYear } from '@/lib/pension';
import { adviceFor, rateBookOf, type MonthForms } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { yearStatement } from '@/lib/ledger/year-statement';
import { StatementActions } from '../year/StatementActions';
import { StatementDifferences } from '../year/StatementDifferences';
import { StatementFiguresForm } from '../year/StatementFiguresForm';
import { StatementFindings } from '../year/StatementFindings';
import { StatementIdentity } from '../year/StatementIdentity';
import { MonthlyLocumBTable } from './MonthlyLocumBTable';
import { YearChart } from './YearChart';
import { YearEndCheck } from './YearEndCheck';

type Props = {
  ledger: LedgerData;
  today: string;
  year: string;
  inYear: MonthForms[];
  printing: boolean;
  onPrint: () => void;
  onChange: () => void;
};

/** One scheme year, printable on its own: whose it is, chart, months, totals, what to do, and what the locum's statement disagrees with. */
export function YearStatement({ ledger, today, year, inYear, printing, onPrint, onChange }: Props) {
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
  const statement = yearStatement(ledger, year, inYear);
  const recorded = ledger.settings.statementFigures?.[year];
  return (
    <section class={`card statement${printing ? ' statement--printing' : ''}`} aria-labelledby={`year-${year}`}>
      <h2 id={`year-${year}`}>Scheme year {year}</h2>
      <StatementActions statement={statement} onPrint={onPrint} />
      <StatementIdentity identity={statement.identity} />
      <YearChart months={statement.months} period={period} />
      <MonthlyLocumBTable months={statement.months} totals={statement.totals} />
      <p>
        Employee contributions for the year: <strong>{formatPence(statement.totals.employeePence)}</strong>, the figure you claim tax relief
        on.
      </p>
      <h3>Your tier</h3>
      <TierAdvice advice={advice} today={today} />
      {reconciliation && <YearEndCheck reconciliation={reconciliation} />}
      <StatementFindings findings={statement.findings} />
      {recorded && <StatementDifferences statement={statement} source={recorded.source} />}
      <StatementFiguresForm ledger={ledger} schemeYear={year} onChange={onChange} />
      <p class="muted">Statement printed {formatUkDate(today)} from Locum Ledger.</p>
    </section>
  );
}
