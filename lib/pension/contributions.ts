import * as z from 'zod/mini';
import { parseInput } from './errors';
import { divideHalfUp, percentOf } from '../shared/money';
import { BUILT_IN_RATES, ratePeriodCovering, type RateBook } from './rate-book';
import { IsoDate, Pence } from './schemas';

/** 90% of the fee, half-up to the penny: "You cannot pension any more or less than 90%" (Form A 2021/22, pension-rules.md §3.2). */
export function pensionablePay(feePence: number): number {
  return ninetyPercent(parseInput(Pence, feePence, 'pensionablePay(feePence)'));
}

export function ninetyPercent(feePence: number): number {
  return divideHalfUp(feePence * 9, 10);
}

const EmployerContributionInput = z.object({ pensionablePayPence: Pence, paidOn: IsoDate });

/** Employer contribution at the rate of the period containing the payment date: PCSE's 1 April 2017 precedent (pension-rules.md §2.3). */
export function employerContribution(pensionablePayPence: number, paidOn: string, rates: RateBook = BUILT_IN_RATES): number {
  const input = parseInput(EmployerContributionInput, { pensionablePayPence, paidOn }, 'employerContribution');
  return percentOf(input.pensionablePayPence, ratePeriodCovering(input.paidOn, rates).employerRatePercent);
}
