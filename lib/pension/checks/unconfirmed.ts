import { firstDayOf, formatUkDate as uk } from '../../shared/dates';
import { findRatePeriod, type RatePeriod } from '../rate-periods';
import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** The first unconfirmed period among each form's first day, last day and payment date, then the Form B month's. */
function firstUnconfirmed({ input, forms }: CheckContext): RatePeriod | undefined {
  const unconfirmed = (date: string) => {
    const period = findRatePeriod(date);
    return period?.status === 'unconfirmed' ? period : undefined;
  };
  // A plain loop that stops at the first hit: the checks run for every month of a career.
  for (const { form, days } of forms) {
    const period = unconfirmed(days[0]!) ?? unconfirmed(days[days.length - 1]!) ?? unconfirmed(form.paidOn);
    if (period) return period;
  }
  return input.formB ? unconfirmed(firstDayOf(input.formB.month)) : undefined;
}

/** 2026/27 figures are placeholders until NHSBSA publishes them (pension-rules.md §1.2 Period F, §2.2). */
export function checkUnconfirmed(context: CheckContext): Finding[] {
  const period = firstUnconfirmed(context);
  if (!period) return [];
  return [
    finding(
      'UNCONFIRMED_RATES',
      `the tiers and employer rate for ${period.schemeYear} (from ${uk(period.from)}) are not yet published; the previous year's figures are used and an uplift is expected. Check your figures when NHSBSA publishes the new table.`,
    ),
  ];
}
