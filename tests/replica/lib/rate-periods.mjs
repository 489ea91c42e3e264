// Rate periods: a form may not mix work from two of them (pcse-portal.md A2.7; pension-rules.md §4.4).
// Every 1 April starts one; tiers.json adds the 1 October 2022 split.
import { tiers } from './data.mjs';

function schemeYearStart(iso) {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? `${year}-04-01` : `${year - 1}-04-01`;
}

export function tierPeriodFor(iso) {
  return tiers.periods.find((p) => p.from <= iso && iso <= p.to) ?? null;
}

/** The first day of the rate period that contains the date. */
export function ratePeriodStart(iso) {
  return tierPeriodFor(iso)?.from ?? schemeYearStart(iso);
}

/** The first rate-period start crossed by the dates, or null when they all share one period. */
export function crossedBoundary(isoDates) {
  const starts = [...new Set(isoDates.map(ratePeriodStart))].sort();
  return starts.length > 1 ? starts[1] : null;
}

/** The tier rates on offer for a date, with the period's label and whether they are confirmed. */
export function tierOptionsFor(iso) {
  const period = tierPeriodFor(iso);
  return period ? { rates: period.rates, label: period.label, confirmed: period.confirmed } : { rates: [], label: '', confirmed: false };
}
