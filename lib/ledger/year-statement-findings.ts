import type { Finding } from '../pension';

export type FindingSummary = { code: string; severity: 'error' | 'warning'; count: number; action: string; source: string };

/**
 * What to do about each kind of problem, in a line: a year's statement once listed 17 red findings and no action.
 * Rules behind each: pension-rules.md §4.2 (10 weeks), §4.3 (Form B by the 7th), §5 (tiers), §3 (whole-month rule).
 */
const ACTIONS: Record<string, string> = {
  TEN_WEEK_EXCEEDED:
    'Work that reached PCSE more than 10 weeks after the last day worked cannot be pensioned: expect a refund of those contributions, and send forms within 10 weeks from now on.',
  TEN_WEEK_FIRST_DAY: 'Counted from the first day worked these were late; they should be accepted, but send forms sooner.',
  FORM_B_LATE: 'Locum B went after the 7th of the following month: send each month’s Locum B and payment by the 7th.',
  TIER_MISMATCH: 'The tier ticked differs from the one advised: change the tier from next month, or settle the difference at year end.',
  SIX_MONTHS_ONE_PRACTICE:
    'Six months or more at one practice: PCSE may not treat it as locum work; the Months view says what you can ask for.',
  PARTIAL_PRACTICE_MONTH: 'Some work at a practice that month was left out of the forms: pension all of it or none of it.',
  SPANS_RATE_PERIODS: 'A form spans two rate periods: split it at 31 March.',
  FUTURE_WORK: 'A form lists work after it was sent: correct the dates.',
  NOT_PENSIONABLE_WORK: 'Work that does not go on Locum A/B is on a form: take it off.',
};

/** One line per kind of error or warning in the year, with how many there are and what to do (info findings left out). */
export function summariseFindings(findings: Finding[]): FindingSummary[] {
  const byCode = new Map<string, FindingSummary>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const summary = byCode.get(finding.code);
    if (summary) {
      summary.count += 1;
      continue;
    }
    const action = ACTIONS[finding.code] ?? finding.message.replace(/ Source: \S+$/, '');
    byCode.set(finding.code, { code: finding.code, severity: finding.severity, count: 1, action, source: finding.source });
  }
  // Errors first: they cost money; warnings ask for care.
  return [...byCode.values()].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1));
}
