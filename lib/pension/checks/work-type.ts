import { formatUkDate as uk } from '../../shared/dates';
import { finding, PARAMETERS, RULES } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** OOH, ICB, private, agency and limited-company work never goes on Locum A/B (pension-rules.md §3.3). */
export function checkNotPensionable({ forms }: CheckContext): Finding[] {
  return forms.flatMap(({ form, field }) => {
    const reason = RULES.notPensionable[form.workType];
    return reason ? [finding('NOT_PENSIONABLE_WORK', `the form for ${form.practice.name} is ${reason}`, `${field}.workType`)] : [];
  });
}

/** From 2026/27, one appraisal is 1 to 3 days unless the commissioner agreed more in writing (pension-rules.md §3.3). */
export function checkAppraisalDays({ forms }: CheckContext): Finding[] {
  const max = PARAMETERS.appraisalMaxDays;
  return forms.flatMap(({ form, days, field }) => {
    const lastDay = days[days.length - 1]!;
    if (form.workType !== 'appraisal' || lastDay < PARAMETERS.appraisalRuleFrom || days.length <= max) return [];
    return [
      finding(
        'APPRAISAL_OVER_3_DAYS',
        `this appraisal claims ${days.length} days (${uk(days[0]!)} to ${uk(lastDay)}); from ${uk(PARAMETERS.appraisalRuleFrom)} one appraisal is at most ${max} days without the commissioner's prior written authorisation.`,
        `${field}.periods`,
      ),
    ];
  });
}
