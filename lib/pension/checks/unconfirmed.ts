import { firstDayOf, formatUkDate as uk } from '../dates';
import { findRatePeriod } from '../rate-periods';
import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** 2026/27 figures are placeholders until NHSBSA publishes them (pension-rules.md §1.2 Period F, §2.2). */
export function checkUnconfirmed({ input, forms }: CheckContext): Finding[] {
  const dates = [...forms.flatMap(({ form, days }) => [days[0]!, days[days.length - 1]!, form.paidOn]), ...(input.formB ? [firstDayOf(input.formB.month)] : [])];
  const period = dates.map(findRatePeriod).find((p) => p?.status === 'unconfirmed');
  if (!period) return [];
  return [
    finding(
      'UNCONFIRMED_RATES',
      `the tiers and employer rate for ${period.schemeYear} (from ${uk(period.from)}) are not yet published; the previous year's figures are used and an uplift is expected. Check your figures when NHSBSA publishes the new table.`,
    ),
  ];
}
