import { formatPence, type reconcileYear } from '@/lib/pension';

type Reconciliation = ReturnType<typeof reconcileYear>;

function verdict({ totalDifferencePence: difference, correctRatePercent: rate }: Reconciliation): string {
  if (difference === 0) return `You paid the right tier (${rate}%) all year.`;
  return difference > 0
    ? `You underpaid ${formatPence(difference)}: the right tier was ${rate}%.`
    : `You overpaid ${formatPence(-difference)}: the right tier was ${rate}%.`;
}

/** Once a scheme year has closed: whether the tier paid all year was the right one. */
export function YearEndCheck({ reconciliation }: { reconciliation: Reconciliation }) {
  return (
    <>
      <h3>Year-end check</h3>
      <p class={reconciliation.withinTolerance ? 'ok' : 'bad'}>
        {verdict(reconciliation)}
        {reconciliation.withinTolerance && reconciliation.totalDifferencePence !== 0
          ? ' Under £1 either way is neither collected nor refunded.'
          : ''}
      </p>
    </>
  );
}
