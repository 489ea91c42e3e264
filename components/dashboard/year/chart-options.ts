import type uPlot from 'uplot';
import type { RatePeriod } from '@/lib/pension';
import { formatBound } from '@/lib/shared/money';
import type { StatementMonth } from '@/lib/ledger/year-statement-types';

const MONTH_LETTERS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const TIER_GREYS = ['#768692', '#4c6272', '#425563', '#330072', '#7c2855'];

/** Whole pounds on the axis (£2,500): pence there would crowd it. */
const axisPounds = (pence: number) => formatBound(Math.round(pence / 100) * 100);

/**
 * Each tier's lower bound as a monthly line (threshold ÷ 12: a month above it is pay at that tier if every month were
 * alike), up to the first above the highest month so small pay is not flattened. Named in the legend, never on the
 * plot, so labels cannot overlap (the old chart's did).
 */
function tierLines(period: RatePeriod, highest: number) {
  const lines = period.tiers.slice(1).map((tier) => ({ pence: Math.round(tier.fromPence / 12), rate: tier.ratePercent }));
  const firstAbove = lines.findIndex((line) => line.pence > highest);
  return firstAbove === -1 ? lines : lines.slice(0, Math.max(firstAbove + 1, 2));
}

/** uPlot's data and options for a year's months: bars of pay and contributions, dashed tier lines, a £ axis, a legend. */
export function yearChartSetup(months: StatementMonth[], period: RatePeriod, bars: uPlot.Series.PathBuilder, width: number) {
  const pay = months.map((m) => m.figures?.pensionablePence ?? null);
  const paid = months.map((m) => m.figures?.totalPence ?? null);
  const lines = tierLines(period, Math.max(0, ...pay.map((p) => p ?? 0)));
  const data: uPlot.AlignedData = [months.map((_, i) => i), pay, paid, ...lines.map((line) => months.map(() => line.pence))];
  const options: uPlot.Options = {
    width,
    height: 280,
    cursor: { show: false },
    legend: { live: false },
    scales: { x: { time: false, range: [-0.5, 11.5] }, y: { range: (_u, _min, max) => [0, max * 1.1] } },
    axes: [
      { splits: () => months.map((_, i) => i), values: (_u, splits) => splits.map((i) => MONTH_LETTERS[i] ?? '') },
      { label: 'Pounds a month', size: 70, values: (_u, splits) => splits.map(axisPounds) },
    ],
    series: [
      { label: 'Month', value: (_u, i) => MONTH_LETTERS[i] ?? '' },
      { label: 'Pensionable pay', fill: '#41b6e6', stroke: '#41b6e6', paths: bars, points: { show: false } },
      { label: 'Contributions paid', fill: '#003087', stroke: '#003087', paths: bars, points: { show: false } },
      ...lines.map((line, i) => ({
        label: `${line.rate}% tier from ${axisPounds(line.pence)} a month`,
        stroke: TIER_GREYS[i % TIER_GREYS.length],
        dash: [6, 4],
        width: 1.5,
        points: { show: false },
      })),
    ],
  };
  return { data, options };
}
