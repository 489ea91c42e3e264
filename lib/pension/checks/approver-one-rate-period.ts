import type { ReviewedLocumA } from '../approver-schemas';
import { findRatePeriod, type RateBook } from '../rate-book';
import { approverFinding } from '../rules';
import type { Finding } from '../schemas';
import { shownDays } from './approver-dates';

/**
 * Every date worked on one Locum A falls in one rate period: work either side of 1 April (or of 1 October 2022) goes
 * on separate forms (pcse-portal.md A2.7; pension-rules.md §4.4).
 */
export function checkOneRatePeriod(reviewed: ReviewedLocumA, rates: RateBook): Finding {
  const code = 'ONE_RATE_PERIOD';
  const days = shownDays(reviewed);
  if (days.length === 0) return approverFinding(code, 'warning', 'No dates worked are shown, so the rate period could not be checked.');
  const periods = [...new Set(days.map((day) => findRatePeriod(day, rates)?.id ?? 'unknown'))];
  if (periods.includes('unknown')) {
    return approverFinding(
      code,
      'warning',
      'Some dates worked fall outside the rate periods the extension knows, so the rate period could not be checked.',
    );
  }
  if (periods.length === 1) return approverFinding(code, 'info', `All the dates worked fall in one rate period (${periods[0]}).`);
  return approverFinding(
    code,
    'error',
    `The dates worked span rate periods ${periods.join(' and ')}: work either side of a rate change must be on separate Locum A forms.`,
  );
}
