import { firstDayOf } from '../../shared/dates';
import { findRatePeriod } from '../rate-book';
import type { RatePeriod } from '../rate-periods';
import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** The periods of each form's first day, last day and payment date, then the Form B month's, in that order. */
function periodsOfForms({ input, forms, rates }: CheckContext): RatePeriod[] {
  const dates = forms.flatMap(({ form, days }) => [days[0]!, days[days.length - 1]!, form.paidOn]);
  if (input.formB) dates.push(firstDayOf(input.formB.month));
  return dates.flatMap((date) => findRatePeriod(date, rates) ?? []);
}

/**
 * Figures not from a primary source are flagged, each scheme year once: provisional ones (secondary sources or the
 * published uprating rule) as information, projected ones (carried forward: nothing published) as a warning
 * (pension-rules.md §1.2 Periods F and G).
 */
export function checkRateStatus(context: CheckContext): Finding[] {
  const flagged = new Map<string, RatePeriod>();
  for (const period of periodsOfForms(context)) {
    if ((period.status === 'provisional' || period.status === 'projected') && !flagged.has(period.schemeYear))
      flagged.set(period.schemeYear, period);
  }
  return [...flagged.values()].map((period) =>
    period.status === 'projected'
      ? finding(
          'PROJECTED_RATES',
          `nothing is published here yet for ${period.schemeYear}, so its tiers and employer rate are ${period.projectedFrom}'s carried forward. Check NHSBSA's table for ${period.schemeYear} and enter it on the Rates page.`,
        )
      : finding(
          'PROVISIONAL_RATES',
          `the ${period.schemeYear} tiers and employer rate come from secondary sources and the published uprating rule, not yet from NHSBSA. Check them against NHSBSA's table for ${period.schemeYear} on the Rates page.`,
        ),
  );
}
