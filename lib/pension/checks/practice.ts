import { addMonths, formatMonth, formatUkDate as uk, monthOf } from '../../shared/dates';
import { finding, PARAMETERS } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext, CheckedForm } from './context';

function byPractice(forms: CheckedForm[]): Map<string, CheckedForm[]> {
  const groups = new Map<string, CheckedForm[]>();
  for (const checked of forms) {
    const key = checked.form.practice.odsCode.trim().toUpperCase();
    groups.set(key, [...(groups.get(key) ?? []), checked]);
  }
  return groups;
}

/**
 * NHSBSA lets a locum carry on with A/B past six months at one practice, but a PCSE FAQ says six months
 * is no longer "deputising or temporarily assisting": warn, never reject (pension-rules.md §3.4).
 */
export function checkSixMonths({ input, forms }: CheckContext): Finding[] {
  return [...byPractice(forms)].flatMap(([odsCode, group]) => {
    const known = input.practiceFirstWorked?.[odsCode];
    // Each form's days are in order, so its first and last days bound it; no need to sort every day of the month.
    const since = group.reduce((min, { days }) => (days[0]! < min ? days[0]! : min), known || group[0]!.days[0]!);
    const latest = group.reduce((max, { days }) => (days[days.length - 1]! > max ? days[days.length - 1]! : max), group[0]!.days.at(-1)!);
    if (latest < addMonths(since, PARAMETERS.onePracticeWarningMonths)) return [];
    const { form, field } = group[0]!;
    return [
      finding(
        'SIX_MONTHS_ONE_PRACTICE',
        `you have worked at ${form.practice.name} from ${uk(since)} to ${uk(latest)}, six months or more. NHSBSA lets you keep using Locum A/B, but PCSE may not treat this as locum work; you can ask to be treated as a Type 2 practitioner instead.`,
        `${field}.practice`,
      ),
    ];
  });
}

/** "In any one month, you need to pension either all the work in a practice, or none of it" (NASGP; pension-rules.md §3.3). */
export function checkWholeMonth({ input, forms }: CheckContext): Finding[] {
  const pensioned = byPractice(forms);
  const reported = new Set<string>();
  return (input.unpensionedWork ?? []).flatMap((work) => {
    const odsCode = work.odsCode.trim().toUpperCase();
    const month = monthOf(work.dateWorked);
    const match = pensioned.get(odsCode)?.find(({ days }) => days.some((day) => monthOf(day) === month));
    const key = `${odsCode} ${month}`;
    if (!match || reported.has(key)) return [];
    reported.add(key);
    return [
      finding(
        'PARTIAL_PRACTICE_MONTH',
        `you are pensioning some of your ${formatMonth(month)} work at ${match.form.practice.name} but not ${uk(work.dateWorked)}. Pension all of that month's work there, or none of it.`,
        `${match.field}.periods`,
      ),
    ];
  });
}
