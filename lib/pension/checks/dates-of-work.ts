import { addMonths, formatUkDate as uk } from '../../shared/dates';
import { finding, PARAMETERS } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

function dayList(days: string[]): string {
  const shown = days.slice(0, 3).map(uk).join(', ');
  return days.length > 3 ? `${shown} and ${days.length - 3} more` : shown;
}

/** Contributions stop at 75: no pension for work on or after the 75th birthday (NHSBSA wording; pension-rules.md §8). */
export function checkAge({ input, forms }: CheckContext): Finding[] {
  if (!input.dateOfBirth) return [];
  const limit = addMonths(input.dateOfBirth, PARAMETERS.contributionAgeLimit * 12);
  return forms.flatMap(({ form, days, field }) => {
    const late = days.filter((day) => day >= limit);
    if (late.length === 0) return [];
    return [
      finding(
        'OVER_75',
        `work at ${form.practice.name} on ${dayList(late)} is on or after your 75th birthday (${uk(limit)}) and cannot be pensioned.`,
        `${field}.periods`,
      ),
    ];
  });
}

/** A Form A certifies work done and paid, so neither can be after the day the forms reach PCSE. */
export function checkFuture({ input, forms }: CheckContext): Finding[] {
  return forms.flatMap(({ form, days, field }) => {
    const future = days.filter((day) => day > input.receivedOn);
    const work =
      future.length > 0
        ? [
            finding(
              'FUTURE_WORK',
              `work at ${form.practice.name} on ${dayList(future)} is after ${uk(input.receivedOn)}, the day these forms are sent.`,
              `${field}.periods`,
            ),
          ]
        : [];
    const paid =
      form.paidOn > input.receivedOn
        ? [
            finding(
              'FUTURE_WORK',
              `the payment from ${form.practice.name} is dated ${uk(form.paidOn)}, after ${uk(input.receivedOn)}; a Form A can only declare pay already received.`,
              `${field}.paidOn`,
            ),
          ]
        : [];
    return [...work, ...paid];
  });
}
