import { formatMonth, formatPence, type RatePeriod } from '@/lib/pension';

export type MonthBar = { month: string; pensionablePence: number; contributionsPence: number };

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 150;
const BOTTOM = 30;

/**
 * Monthly pensionable pay (light) and contributions (dark) for a scheme year, with each tier's lower bound drawn
 * as a monthly line (threshold ÷ 12): a month's bar above a line is pay at that tier's rate if every month were alike.
 */
export function YearChart({ bars, period }: { bars: MonthBar[]; period: RatePeriod }) {
  const thresholds = period.tiers.slice(1).map((tier) => ({ pence: tier.fromPence / 12, rate: tier.ratePercent }));
  const top = Math.max(...bars.map((b) => b.pensionablePence), ...thresholds.slice(0, 3).map((t) => t.pence), 1) * 1.1;
  const y = (pence: number) => HEIGHT - BOTTOM - ((HEIGHT - BOTTOM - 10) * pence) / top;
  const slot = (WIDTH - LEFT) / Math.max(bars.length, 1);
  const label = bars
    .map(
      (b) =>
        `${formatMonth(b.month)}: pensionable pay ${formatPence(b.pensionablePence)}, contributions ${formatPence(b.contributionsPence)}`,
    )
    .join('; ');
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Pensionable pay and contributions by month. ${label}`}
      class="year-chart"
    >
      {thresholds
        .filter((t) => t.pence < top)
        .map((t) => (
          <g key={t.rate}>
            <line x1={LEFT} x2={WIDTH} y1={y(t.pence)} y2={y(t.pence)} stroke="#768692" stroke-dasharray="4 4" />
            <text x={LEFT - 6} y={y(t.pence) + 4} text-anchor="end" font-size="11" fill="#4c6272">
              {t.rate}% from {formatPence(Math.round(t.pence)).replace(/\.\d\d$/, '')}/mo
            </text>
          </g>
        ))}
      {bars.map((bar, i) => (
        <g key={bar.month}>
          <rect
            x={LEFT + i * slot + 4}
            width={slot - 8}
            y={y(bar.pensionablePence)}
            height={HEIGHT - BOTTOM - y(bar.pensionablePence)}
            fill="#41b6e6"
          />
          <rect
            x={LEFT + i * slot + 4}
            width={slot - 8}
            y={y(bar.contributionsPence)}
            height={HEIGHT - BOTTOM - y(bar.contributionsPence)}
            fill="#003087"
          />
          <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 10} text-anchor="middle" font-size="11" fill="#212b32">
            {formatMonth(bar.month).slice(0, 3)}
          </text>
        </g>
      ))}
    </svg>
  );
}
