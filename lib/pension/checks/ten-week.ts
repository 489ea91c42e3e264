import { dayNumber, formatUkDate as uk, fromDayNumber } from '../../shared/dates';
import { finding, PARAMETERS } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** NHSBSA suspended the rule for forms received 1 April 2020 to 30 September 2022 (pension-rules.md §4.2). */
function suspended(receivedOn: string): boolean {
  const { from, to } = PARAMETERS.tenWeekSuspended;
  return from <= receivedOn && receivedOn <= to;
}

/**
 * Each date period is its own 10-week window. The criteria count from the period's last day (error);
 * PCSE's help page counts from the first day, so that stricter reading is a warning (pension-rules.md §4.2).
 */
export function checkTenWeek({ input, forms }: CheckContext): Finding[] {
  if (suspended(input.receivedOn)) return [];
  const received = uk(input.receivedOn);
  // Compared as day numbers: a date string is written only for a finding (every row of a career is checked).
  const receivedDay = dayNumber(input.receivedOn);
  const limitOf = (day: string) => dayNumber(day) + PARAMETERS.tenWeekDays;
  return forms.flatMap(({ form, field }) =>
    form.periods.flatMap((period, p) => {
      const lastDayLimit = limitOf(period.to);
      if (receivedDay > lastDayLimit) {
        return [
          finding(
            'TEN_WEEK_EXCEEDED',
            `work at ${form.practice.name} ending ${uk(period.to)} had to reach PCSE by ${uk(fromDayNumber(lastDayLimit))}; received ${received}, it can never be pensioned, and contributions paid on it are refunded.`,
            `${field}.periods[${p}].to`,
          ),
        ];
      }
      const firstDayLimit = limitOf(period.from);
      if (receivedDay <= firstDayLimit) return [];
      return [
        finding(
          'TEN_WEEK_FIRST_DAY',
          `counted from the first day worked (${uk(period.from)}) at ${form.practice.name}, the limit was ${uk(fromDayNumber(firstDayLimit))} and the forms arrive ${received}. The criteria count from the last day, so this should be accepted, but submit sooner.`,
          `${field}.periods[${p}].from`,
        ),
      ];
    }),
  );
}
