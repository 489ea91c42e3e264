import { firstDayOf, formatMonth, formatUkDate as uk } from '../../shared/dates';
import { findRatePeriod, type RateBook } from '../rate-book';
import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

function periodLabel(date: string, rates: RateBook): string {
  const period = findRatePeriod(date, rates);
  return period ? `${uk(period.from)}–${uk(period.to)}` : 'a date outside the known rate periods';
}

function periodId(date: string, rates: RateBook): string {
  return findRatePeriod(date, rates)?.id ?? 'unknown';
}

/** A row that crosses 31 Mar / 1 Apr (or 30 Sep / 1 Oct 2022) must be split: PCSE rejects such forms (pension-rules.md §4.3–4.4). */
function rowsThatSpan({ forms, rates }: CheckContext): Finding[] {
  return forms.flatMap(({ form, field }) =>
    form.periods.flatMap((period, p) =>
      periodId(period.from, rates) === periodId(period.to, rates)
        ? []
        : [
            finding(
              'SPANS_RATE_PERIODS',
              `the dates ${uk(period.from)} to ${uk(period.to)} at ${form.practice.name} cross from ${periodLabel(period.from, rates)} into ${periodLabel(period.to, rates)}. Split them into separate rows on separate Form As, and declare each on its own Form B.`,
              `${field}.periods[${p}]`,
            ),
          ],
    ),
  );
}

/** The first day of each row: the day whose rate period the row belongs to. */
function rowStarts(context: CheckContext): string[] {
  const starts: string[] = [];
  for (const { form } of context.forms) for (const { from } of form.periods) starts.push(from);
  return starts;
}

/** All the Form As of one Form B must hold work of one rate period, and that must be the Form B month's period. */
function formsThatMix(context: CheckContext): Finding[] {
  const { rates } = context;
  const starts = rowStarts(context);
  const workPeriod = starts.length > 0 ? periodId(starts[0]!, rates) : undefined;
  if (starts.some((start) => periodId(start, rates) !== workPeriod)) {
    const labels = [...new Set(starts.map((start) => periodLabel(start, rates)))].join(' and ');
    return [
      finding(
        'SPANS_RATE_PERIODS',
        `these Form As hold work from ${labels}. Work either side of a rate change goes on separate Form Bs.`,
        'formsA',
      ),
    ];
  }
  const month = context.input.formB?.month;
  if (!month || workPeriod === undefined || periodId(firstDayOf(month), rates) === workPeriod) return [];
  return [
    finding(
      'SPANS_RATE_PERIODS',
      `the Form B for ${formatMonth(month)} declares work done in ${periodLabel(starts[0]!, rates)}. Work paid after a rate change goes on the Form B of the month it was done (for March work paid in April, the March Form B).`,
      'formB.month',
    ),
  ];
}

export function checkRatePeriodSpan(context: CheckContext): Finding[] {
  const rows = rowsThatSpan(context);
  return rows.length > 0 ? rows : formsThatMix(context);
}
