import { useEffect, useMemo, useState } from 'preact/hooks';
import { FindingList } from '@/components/shared/FindingList';
import { RateStatusNote } from '@/components/shared/RateStatusNote';
import { sentFormChanges } from '@/lib/ledger/rate-changes';
import { formatMonth, formatPence, formatUkDate } from '@/lib/pension';
import { monthlyForms, type MonthForms } from '@/lib/ledger/forms';
import type { LedgerData } from '@/lib/ledger/schemas';
import { CopyValue } from './CopyValue';
import { SentFormChanges } from './SentFormChanges';
import { WorkedPeriods } from './WorkedPeriods';

const pounds = (pence: number) => (pence / 100).toFixed(2);
/** Months on the first screen; the rest of the first page follows straight after the first paint. */
const FIRST_SCREEN = 2;
const PAGE = 12;

/** Every month's forms for a ledger, kept while that ledger object lives: switching tabs and back costs nothing. */
const computed = new WeakMap<LedgerData, { today: string; months: MonthForms[] }>();
function allMonths(ledger: LedgerData, today: string): MonthForms[] {
  const cached = computed.get(ledger);
  if (cached?.today === today) return cached.months;
  const months = monthlyForms(ledger, today);
  computed.set(ledger, { today, months });
  return months;
}

/** Form B Part 2's boxes in its own words, shortened (Form B 2021/22; pcse-portal.md A3.7). */
const LOCUM_B_BOXES = [
  ['a', 'pensionable pay'],
  ['b', 'employee contributions'],
  ['c', 'added years'],
  ['d', 'MPAVCs'],
  ['e', 'additional pension'],
  ['f', 'ERRBO'],
  ['g', 'employee total'],
  ['h', 'employer contributions'],
  ['i', 'total due (g + h)'],
  ['j', 'cumulative pensionable pay'],
] as const;

/** For each month: the Locum As and the Locum B the engine would submit, box by box, with findings and the UPR. */
export function MonthsView({ ledger, today }: { ledger: LedgerData; today: string }) {
  const [shown, setShown] = useState(FIRST_SCREEN);
  const all = useMemo(() => allMonths(ledger, today), [ledger, today]);
  useEffect(() => {
    // Paint the first screen, then fill in the rest of the first page of months.
    const timer = setTimeout(() => setShown((current) => Math.max(current, PAGE)), 0);
    return () => clearTimeout(timer);
  }, []);
  const months = all.slice(0, shown);
  if (all.length === 0) {
    return (
      <section class="empty">
        <h1>Months</h1>
        <p>
          A month appears here once a practice has paid you for pensioned work: mark sessions as paid under <a href="#sessions">Sessions</a>
          . Each Locum A is one practice's payment; the month's Locum B adds them up.
        </p>
      </section>
    );
  }
  return (
    <>
      <h1>Months</h1>
      {months.map((forms) => {
        const { month, formsA, formB, ratePercent, advice, findings, ratePeriod } = forms;
        return (
          <section key={month} class="card" aria-labelledby={`month-${month}`}>
            <h2 id={`month-${month}`}>{formatMonth(month)}</h2>
            <p class="muted">
              Due with payment by {formatUkDate(formB.deadline)}. Tier you tick: {ratePercent}% (estimate for the year: {advice.ratePercent}
              %).
            </p>
            <RateStatusNote period={ratePeriod} ratesLink="#rates" />
            <SentFormChanges changes={sentFormChanges(ledger, forms)} />
            {formB.paymentReference && (
              <CopyValue label="Payment reference (UPR)" display={formB.paymentReference} value={formB.paymentReference} />
            )}
            <h3>Locum A forms</h3>
            {formsA.map(({ invoice, practice, formA, appraisalRows }) => (
              <div key={invoice.id} class="form-a">
                <p>
                  <strong>{practice.name}</strong> ({practice.odsCode}), paid {formatUkDate(formA.paidOn)}:{' '}
                  <WorkedPeriods periods={formA.periods} appraisalRows={appraisalRows} />
                </p>
                <div class="boxes">
                  <CopyValue label="Box 1 fee" display={formatPence(formA.box1)} value={pounds(formA.box1)} />
                  <CopyValue label="Box 2 pensionable pay" display={formatPence(formA.box2)} value={pounds(formA.box2)} />
                  <CopyValue label="Box 3 employer" display={formatPence(formA.box3)} value={pounds(formA.box3)} />
                </div>
              </div>
            ))}
            <h3>Locum B</h3>
            <div class="boxes">
              {LOCUM_B_BOXES.map(([box, words]) => (
                <CopyValue key={box} label={`Box ${box} · ${words}`} display={formatPence(formB[box])} value={pounds(formB[box])} />
              ))}
            </div>
            <h3>Checks</h3>
            <FindingList findings={findings} />
          </section>
        );
      })}
      {shown >= PAGE && all.length > shown && (
        <button type="button" class="button button--secondary" onClick={() => setShown(Math.max(shown, PAGE) + PAGE)}>
          Show earlier months ({all.length - shown} more)
        </button>
      )}
    </>
  );
}
