import { useMemo } from 'preact/hooks';
import { FindingList } from '@/components/shared/FindingList';
import { formatMonth, formatPence, formatUkDate, RATE_PERIODS, reconcileYear } from '@/lib/pension';
import { adviceFor, monthlyForms } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { YearChart } from './YearChart';

/** One scheme year: chart, tier advice step by step, year-end reconciliation once closed, and a printable statement. */
export function YearView({ ledger, today }: { ledger: LedgerData; today: string }) {
  const months = useMemo(() => monthlyForms(ledger, today), [ledger, today]);
  const years = [...new Set(RATE_PERIODS.map((p) => p.schemeYear))].reverse().filter((year) => months.some((m) => schemeYearOf(m.month) === year));
  if (years.length === 0) {
    return (
      <section class="empty">
        <h1>Year</h1>
        <p>Once practices have paid you for pensioned work, each scheme year (1 April to 31 March) shows here: your pay and contributions by month, the tier you should tick and why, and at year end whether you paid the right tier.</p>
      </section>
    );
  }
  return (
    <>
      <h1>Year</h1>
      <button type="button" class="button button--secondary no-print" onClick={() => print()}>
        Print year statement
      </button>
      {years.map((year) => {
        const inYear = months.filter((m) => schemeYearOf(m.month) === year).sort((x, y) => x.month.localeCompare(y.month));
        const period = RATE_PERIODS.find((p) => p.schemeYear === year && p.from <= `${inYear.at(-1)!.month}-01`)!;
        const closed = RATE_PERIODS.filter((p) => p.schemeYear === year).at(-1)!.to < today;
        const advice = adviceFor(ledger, `${inYear.at(-1)!.month}-01`);
        const reconciliation = closed ? reconcileYear({ formsB: inYear.map((m) => ({ month: m.month, a: m.formB.a, ratePercent: m.ratePercent })), annualisedPence: advice.annualisedPence }) : null;
        const references = (month: string) => ledger.submissions.filter((s) => s.month === month).map((s) => s.paymentReference ?? s.formReference).filter(Boolean).join(', ');
        return (
          <section key={year} class="card statement" aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`}>Scheme year {year}</h2>
            <YearChart bars={inYear.map((m) => ({ month: m.month, pensionablePence: m.formB.a, contributionsPence: m.formB.i }))} period={period} />
            <table>
              <caption class="muted" style="text-align:left">Locum B by month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col" class="num">Pensionable pay</th>
                  <th scope="col" class="num">Tier</th>
                  <th scope="col" class="num">Employee</th>
                  <th scope="col" class="num">Employer</th>
                  <th scope="col" class="num">Total paid</th>
                  <th scope="col">UPR and references</th>
                </tr>
              </thead>
              <tbody>
                {inYear.map((m) => (
                  <tr key={m.month}>
                    <td>{formatMonth(m.month)}</td>
                    <td class="num">{formatPence(m.formB.a)}</td>
                    <td class="num">{m.ratePercent}%</td>
                    <td class="num">{formatPence(m.formB.g)}</td>
                    <td class="num">{formatPence(m.formB.h)}</td>
                    <td class="num">{formatPence(m.formB.i)}</td>
                    <td>{[m.formB.paymentReference, references(m.month)].filter(Boolean).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>Your tier, step by step</h3>
            <ol>
              {advice.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {reconciliation && (
              <>
                <h3>Year-end check</h3>
                <p class={reconciliation.withinTolerance ? 'ok' : 'bad'}>
                  {reconciliation.totalDifferencePence === 0
                    ? `You paid the right tier (${reconciliation.correctRatePercent}%) all year.`
                    : reconciliation.totalDifferencePence > 0
                      ? `You underpaid ${formatPence(reconciliation.totalDifferencePence)}: the right tier was ${reconciliation.correctRatePercent}%.`
                      : `You overpaid ${formatPence(-reconciliation.totalDifferencePence)}: the right tier was ${reconciliation.correctRatePercent}%.`}
                  {reconciliation.withinTolerance && reconciliation.totalDifferencePence !== 0 ? ' Under £1 either way is neither collected nor refunded.' : ''}
                </p>
              </>
            )}
            <p class="muted">Statement printed {formatUkDate(today)} from Locum Ledger.</p>
            {inYear.some((m) => m.findings.some((f) => f.severity === 'error')) && <FindingList findings={inYear.flatMap((m) => m.findings.filter((f) => f.severity === 'error'))} />}
          </section>
        );
      })}
    </>
  );
}

function schemeYearOf(month: string): string | undefined {
  return RATE_PERIODS.find((p) => p.from <= `${month}-01` && `${month}-01` <= p.to)?.schemeYear;
}
