import { ReviewedLocumA, type ReviewContext } from './approver-schemas';
import { checkDateOrder } from './checks/approver-date-order';
import { checkDatesNotFuture } from './checks/approver-dates-not-future';
import { checkEmployerContribution } from './checks/approver-employer-contribution';
import { checkOneRatePeriod } from './checks/approver-one-rate-period';
import { checkOrganisation } from './checks/approver-organisation';
import { checkPensionablePay } from './checks/approver-pensionable-pay';
import { checkTenWeeks } from './checks/approver-ten-week';
import { parseInput, PensionInputError } from './errors';
import { BUILT_IN_RATES, type RateBook } from './rate-book';
import { approverFinding, type ApproverCheckCode } from './rules';
import type { Finding } from './schemas';

/**
 * One finding per check of a Locum A on PCSE's review page, in the order an approver reads the form. It informs the
 * approver (info when a check passes); it never decides for them.
 */
export function checkReviewedLocumA(reviewed: ReviewedLocumA, context: ReviewContext, rates: RateBook = BUILT_IN_RATES): Finding[] {
  const form = parseInput(ReviewedLocumA, reviewed, 'checkReviewedLocumA');
  return [
    guarded('PENSIONABLE_PAY', 'the pensionable pay', () => checkPensionablePay(form)),
    guarded('EMPLOYER_CONTRIBUTION', 'the employer contribution', () => checkEmployerContribution(form, rates)),
    checkDatesNotFuture(form, context.today),
    checkDateOrder(form),
    checkOneRatePeriod(form, rates),
    guarded('TEN_WEEK', 'the 10-week rule', () => checkTenWeeks(form, context.today)),
    checkOrganisation(form, context.organisationText),
  ];
}

/** The engine refuses dates outside its rate periods; that is worth a warning, not a crash of the whole check. */
function guarded(code: ApproverCheckCode, what: string, check: () => Finding): Finding {
  try {
    return check();
  } catch (error) {
    if (error instanceof PensionInputError) return approverFinding(code, 'warning', `Could not check ${what}: ${error.message}`);
    throw error;
  }
}
