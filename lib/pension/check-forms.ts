import type * as z from 'zod/mini';
import { checkContext, type CheckContext } from './checks/context';
import { checkFormBLate } from './checks/deadline';
import { checkAge, checkFuture } from './checks/dates-of-work';
import { checkIdentifiers } from './checks/identifiers';
import { checkSixMonths, checkWholeMonth } from './checks/practice';
import { checkRatePeriodSpan } from './checks/rate-period-span';
import { checkTenWeek } from './checks/ten-week';
import { checkTier } from './checks/tier';
import { checkRateStatus } from './checks/rate-status';
import { checkAppraisalDays, checkNotPensionable } from './checks/work-type';
import { parseInput } from './errors';
import { BUILT_IN_RATES, type RateBook } from './rate-book';
import { CheckFormsInput, type Finding, type Severity } from './schemas';

const CHECKS: ReadonlyArray<(context: CheckContext) => Finding[]> = [
  checkIdentifiers,
  checkNotPensionable,
  checkFuture,
  checkRatePeriodSpan,
  checkTenWeek,
  checkAge,
  checkAppraisalDays,
  checkFormBLate,
  checkTier,
  checkSixMonths,
  checkWholeMonth,
  checkRateStatus,
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every rule finding for one month's forms, errors first. An empty array means nothing to fix. */
export function checkForms(input: CheckFormsInput, rates: RateBook = BUILT_IN_RATES): Finding[] {
  return checkValidForms(parseInput(CheckFormsInput, input, 'checkForms'), rates);
}

/** checkForms for input already validated, such as forms the engine just built: no second validation per month. */
export function checkValidForms(input: z.output<typeof CheckFormsInput>, rates: RateBook = BUILT_IN_RATES): Finding[] {
  const context = checkContext(input, rates);
  return CHECKS.flatMap((check) => check(context)).sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
}
