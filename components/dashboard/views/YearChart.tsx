import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { useEffect, useRef } from 'preact/hooks';
import { formatMonth, formatPence, type RatePeriod } from '@/lib/pension';
import type { StatementMonth } from '@/lib/ledger/year-statement-types';
import { yearChartSetup } from '../year/chart-options';

/** A4 portrait's printable width at 96 dpi, so the chart prints without scaling. */
const WIDTH = 700;

/** What the bars show, in words: the chart's text alternative (the table below has every figure). */
function summary(months: StatementMonth[]): string {
  const paid = months.filter((m) => m.figures);
  if (paid.length === 0) return 'No pensioned pay in this scheme year yet.';
  const highest = paid.reduce((top, m) => (m.figures!.pensionablePence > top.figures!.pensionablePence ? m : top));
  const empty = months.length - paid.length;
  return `Pensionable pay and contributions paid by month, ${formatMonth(months[0]!.month)} to ${formatMonth(months.at(-1)!.month)}: pay in ${paid.length} months${empty ? `, none in ${empty}` : ''}; highest ${formatMonth(highest.month)}, ${formatPence(highest.figures!.pensionablePence)}.`;
}

/** Monthly pay (light) and contributions (dark) over the scheme year, drawn with uPlot, with tier lines in the legend. */
export function YearChart({ months, period }: { months: StatementMonth[]; period: RatePeriod }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const { data, options } = yearChartSetup(months, period, uPlot.paths.bars!({ size: [0.6, 48] }), WIDTH);
    const chart = new uPlot(options, data, box.current!);
    return () => chart.destroy();
  }, [months, period]);
  return (
    <figure class="year-chart">
      <div ref={box} aria-hidden="true" />
      <figcaption>{summary(months)}</figcaption>
    </figure>
  );
}
