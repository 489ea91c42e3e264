import { PensionInputError, daysFromTo, findRatePeriod, employerContribution, formatPence, formatUkDate, pensionablePay, ratePeriodOn, tenWeekLimit } from '.';
import { odsCodeIn, type ReviewedLocumA } from '../portal/read/locum-a-summary';

/** One thing a practice approver should know before pressing Approve or Reject; it never decides for them. */
export type ApproverCheck = { code: string; status: 'ok' | 'warn' | 'fail'; message: string };

export const TEN_WEEK_SOURCE = 'https://faq.nhsbsa.nhs.uk/knowledgebase/article/KA-04334/en-us';
/** Days left under the 10-week rule at which the approver is warned: the ledger's own first reminder is 14 days before. */
const TEN_WEEK_WARN_DAYS = 14;

/** The checks of a Locum A on PCSE's review page, in the order an approver reads the form. */
export function checkForApprover(a: ReviewedLocumA, context: { today: string; organisationText?: string }): ApproverCheck[] {
  return [
    guarded('PENSIONABLE_PAY', 'the pensionable pay', () => checkPensionable(a)),
    guarded('EMPLOYER_CONTRIBUTION', 'the employer contribution', () => checkEmployer(a)),
    checkNotFuture(a, context.today),
    checkDateOrder(a),
    checkOneRatePeriod(a),
    guarded('TEN_WEEK', 'the 10-week rule', () => checkTenWeeks(a, context.today)),
    checkOrganisation(a, context.organisationText),
  ];
}

/** The engine refuses dates outside its rate periods; that is worth a warning, not a crash of the whole check. */
function guarded(code: string, what: string, check: () => ApproverCheck): ApproverCheck {
  try {
    return check();
  } catch (error) {
    if (error instanceof PensionInputError) return { code, status: 'warn', message: `Could not check ${what}: ${error.message}` };
    throw error;
  }
}

/** £1,975.005: an exact amount given as a whole number of 10^-decimals pounds, with no float on the way. */
function exactPounds(units: number, decimals: number): string {
  const digits = String(units).padStart(decimals + 1, '0');
  const pounds = new Intl.NumberFormat('en-GB').format(Number(digits.slice(0, -decimals)));
  return `£${pounds}.${digits.slice(-decimals).replace(/0+$/, '').padEnd(2, '0')}`;
}

/** A penny out is the portal's float rounding (a warning); more is a wrong figure (a failure). */
const severity = (shown: number, due: number): ApproverCheck['status'] => (shown === due ? 'ok' : Math.abs(shown - due) <= 1 ? 'warn' : 'fail');

function comparison(box: string, shown: number, exact: string, due: number, ofWhat: string): string {
  const rounded = exact === formatPence(due) ? exact : `${exact}, which is ${formatPence(due)} to the penny`;
  return `${box} is ${formatPence(shown)}, but ${ofWhat} is ${rounded}.`;
}

/** Box 2 is 90% of box 1, to the penny: "You cannot pension any more or less than 90%" (Form A guidance). */
function checkPensionable(a: ReviewedLocumA): ApproverCheck {
  const due = pensionablePay(a.feePence);
  const status = severity(a.pensionablePence, due);
  const ofWhat = `90% of the fee (box 1) ${formatPence(a.feePence)}`;
  if (status === 'ok') return { code: 'PENSIONABLE_PAY', status, message: `Pensionable pay (box 2) ${formatPence(due)} is exactly ${ofWhat}.` };
  const said = comparison('Pensionable pay (box 2)', a.pensionablePence, exactPounds(a.feePence * 9, 3), due, ofWhat);
  const advice = status === 'warn' ? 'A penny out is usually rounding on the portal, but the scheme pensions exactly 90% of the fee.' : 'It must be exactly 90% of the fee.';
  return { code: 'PENSIONABLE_PAY', status, message: `${said} ${advice}` };
}

/** Box 3 is the employer rate of the period of the payment date, applied to box 2 as shown. */
function checkEmployer(a: ReviewedLocumA): ApproverCheck {
  const code = 'EMPLOYER_CONTRIBUTION';
  if (!a.paidOn) return { code, status: 'warn', message: 'The date paid is not shown, so the employer contribution could not be checked against the rate for the payment date.' };
  const rate = ratePeriodOn(a.paidOn).employerRatePercent;
  const due = employerContribution(a.pensionablePence, a.paidOn);
  const status = severity(a.employerPence, due);
  const ofWhat = `${rate}% of the pensionable pay (box 2) ${formatPence(a.pensionablePence)}, the employer rate for payments made on ${formatUkDate(a.paidOn)},`;
  if (status === 'ok') return { code, status, message: `Employer contribution (box 3) ${formatPence(due)} is exactly ${ofWhat.replace(/,$/, '')}.` };
  const said = comparison('Employer contribution (box 3)', a.employerPence, exactPounds(a.pensionablePence * Math.round(rate * 100), 6), due, ofWhat);
  const advice = status === 'warn' ? 'A penny out is usually rounding on the portal.' : 'The employer contribution is wrong.';
  return { code, status, message: `${said} ${advice}` };
}

function workedDays(a: ReviewedLocumA): string[] {
  return a.periods.flatMap((period) => [period.from, period.to]);
}

/** Work and payment cannot be declared before they happen. */
function checkNotFuture(a: ReviewedLocumA, today: string): ApproverCheck {
  const code = 'DATES_NOT_FUTURE';
  const future = [...new Set(workedDays(a).filter((day) => day > today))].map((day) => `the day worked ${formatUkDate(day)}`);
  if (a.paidOn && a.paidOn > today) future.push(`the date paid ${formatUkDate(a.paidOn)}`);
  if (future.length === 0) return { code, status: 'ok', message: `No date on the form is after today, ${formatUkDate(today)}.` };
  return { code, status: 'fail', message: `${capitalise(future.join(' and '))} ${future.length > 1 ? 'are' : 'is'} after today, ${formatUkDate(today)}: a Locum A can only declare work done and paid.` };
}

const periodText = (p: { from: string; to: string }) => (p.from === p.to ? formatUkDate(p.from) : `${formatUkDate(p.from)} – ${formatUkDate(p.to)}`);

/** Each period runs forwards, periods do not overlap, and the work was done by the date it was paid. */
function checkDateOrder(a: ReviewedLocumA): ApproverCheck {
  const code = 'DATES_ORDER';
  if (a.periods.length === 0) return { code, status: 'fail', message: 'No dates worked are shown.' };
  const problems: string[] = [];
  for (const p of a.periods) if (p.from > p.to) problems.push(`the dates worked ${periodText(p)} end before they start`);
  const sorted = [...a.periods].filter((p) => p.from <= p.to).sort((x, y) => (x.from < y.from ? -1 : 1));
  sorted.forEach((p, i) => {
    const next = sorted[i + 1];
    if (next && next.from <= p.to) problems.push(`the dates worked ${periodText(p)} and ${periodText(next)} overlap, so days would be counted twice`);
  });
  const lastWorked = workedDays(a).reduce((x, y) => (y > x ? y : x));
  if (a.paidOn && lastWorked > a.paidOn) problems.push(`work on ${formatUkDate(lastWorked)} is after the date paid, ${formatUkDate(a.paidOn)}, but a locum is paid for work already done`);
  if (problems.length > 0) return { code, status: 'fail', message: `${capitalise(problems.join('; '))}.` };
  const paid = a.paidOn ? ` and on or before the date paid, ${formatUkDate(a.paidOn)}` : '';
  return { code, status: 'ok', message: `The dates worked (${a.periods.map(periodText).join(', ')}) are in order${paid}.` };
}

/**
 * Every date worked on one Locum A falls in one rate period: work either side of 1 April (or of 1 October 2022) goes
 * on separate forms (pcse-portal.md A2.7; pension-rules.md §4.4).
 */
function checkOneRatePeriod(a: ReviewedLocumA): ApproverCheck {
  const code = 'ONE_RATE_PERIOD';
  const days = workedDays(a);
  if (days.length === 0) return { code, status: 'warn', message: 'No dates worked are shown, so the rate period could not be checked.' };
  const periods = [...new Set(days.map((day) => findRatePeriod(day)?.id ?? 'unknown'))];
  if (periods.includes('unknown')) return { code, status: 'warn', message: 'Some dates worked fall outside the rate periods the extension knows, so the rate period could not be checked.' };
  if (periods.length === 1) return { code, status: 'ok', message: `All the dates worked fall in one rate period (${periods[0]}).` };
  return { code, status: 'fail', message: `The dates worked span rate periods ${periods.join(' and ')}: work either side of a rate change must be on separate Locum A forms.` };
}

/** Forms and payment must reach PCSE within 10 weeks of the last day worked, or the work can never be pensioned. */
function checkTenWeeks(a: ReviewedLocumA, today: string): ApproverCheck {
  const code = 'TEN_WEEK';
  if (a.periods.length === 0) return { code, status: 'warn', message: `No dates worked are shown, so the 10-week rule could not be checked. Source: ${TEN_WEEK_SOURCE}` };
  const lastDay = a.periods.map((p) => p.to).reduce((x, y) => (y > x ? y : x));
  const limit = tenWeekLimit(lastDay);
  const left = daysFromTo(today, limit);
  const rule = `The 10-week rule: work ending ${formatUkDate(lastDay)} must reach PCSE, with the locum's Locum B and payment, by ${formatUkDate(limit)}.`;
  const source = `Source: ${TEN_WEEK_SOURCE}`;
  if (left < 0) {
    return { code, status: 'fail', message: `${rule.replace('must reach', 'had to reach')} That was ${days(-left)} ago, so this work can no longer be pensioned. ${source}` };
  }
  const leftText = left === 0 ? 'Today is the last day.' : `${capitalise(days(left))} left.`;
  if (left <= TEN_WEEK_WARN_DAYS) return { code, status: 'warn', message: `${rule} ${leftText} Approving or rejecting it promptly lets the locum meet it. ${source}` };
  return { code, status: 'ok', message: `${rule} ${leftText} ${source}` };
}

/** Only the practice that paid the locum may approve: the form's ODS code must be the selected organisation's. */
function checkOrganisation(a: ReviewedLocumA, organisationText: string | undefined): ApproverCheck {
  const code = 'ORGANISATION';
  const selected = organisationText ? odsCodeIn(organisationText) : undefined;
  if (!organisationText || !selected) {
    return { code, status: 'warn', message: `Could not tell which organisation you have selected on PCSE Online; check that ${a.practiceText} is your practice.` };
  }
  if (!a.odsCode) return { code, status: 'warn', message: `The Locum A does not show an ODS code for ${a.practiceText}; check that it is your practice, ${organisationText}.` };
  if (a.odsCode.toUpperCase() === selected) {
    return { code, status: 'ok', message: `The Locum A is for ${a.practiceText}, the organisation you have selected (${selected}).` };
  }
  return { code, status: 'fail', message: `The Locum A is for ${a.practiceText}, but you have selected ${organisationText}. Only the practice that paid the locum can approve it.` };
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
