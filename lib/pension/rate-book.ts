import { addDays, formatUkDate } from '../shared/dates';
import { PensionInputError, parseInput } from './errors';
import { assertContiguous, RATE_PERIODS, type RatePeriod, type TierBand } from './rate-periods';
import type { EnteredRateTable } from './rate-tables';
import { IsoDate } from './schemas';

/**
 * The rate periods the engine computes with: the ones this build knows, with any table the user entered in place of
 * the built-in one for its scheme year. Any date after the last of them falls in a projected period: its scheme
 * year's figures carried forward from the last known year (pension-rules.md §1.2 Period G), so no form stops working
 * on 1 April. A book is a value: every engine function takes one (the built-in book by default) and none is global.
 */
export type RateBook = {
  readonly periods: readonly RatePeriod[];
  /** Built-in periods an entered table replaced, kept to show beside it. */
  readonly replaced: readonly RatePeriod[];
  /** Projected periods already made, so one scheme year is always the same object (callers compare periods by identity). */
  readonly projections: Map<string, RatePeriod>;
};

export const BUILT_IN_RATES: RateBook = { periods: RATE_PERIODS, replaced: [], projections: new Map() };

/** "2027/28" for any day from 1 April 2027 to 31 March 2028. */
export function schemeYearOf(date: string): string {
  const year = Number(date.slice(0, 4)) - (date.slice(5, 7) < '04' ? 1 : 0);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

function yearSpan(schemeYear: string): { from: string; to: string; id: string } {
  const first = Number(schemeYear.slice(0, 4));
  return { from: `${first}-04-01`, to: `${first + 1}-03-31`, id: `${first}-${schemeYear.slice(5)}` };
}

/** An entered table's bands in pence: band 1 starts at £0, each next band £1 above the top of the one before, band 6 open. */
export function tiersOfEntered(table: Pick<EnteredRateTable, 'bandTopsPounds' | 'ratesPercent'>): TierBand[] {
  return table.ratesPercent.map((ratePercent, i) => ({
    fromPence: i === 0 ? 0 : (table.bandTopsPounds[i - 1]! + 1) * 100,
    toPence: i < 5 ? table.bandTopsPounds[i]! * 100 : null,
    ratePercent,
  }));
}

function enteredPeriod(table: EnteredRateTable): RatePeriod {
  return {
    ...yearSpan(table.schemeYear),
    schemeYear: table.schemeYear,
    status: 'entered',
    bandUnit: 'pound',
    tiers: tiersOfEntered(table),
    tierSource: table.source,
    employerRatePercent: table.employerRatePercent,
    note: `Entered by you on ${formatUkDate(table.enteredAt.slice(0, 10))}, from: ${table.source}`,
    sources: [table.source],
  };
}

/** The built-in periods with each entered table in place of its scheme year's. */
export function rateBookWith(entered: readonly EnteredRateTable[]): RateBook {
  if (entered.length === 0) return BUILT_IN_RATES;
  const years = new Set(entered.map((table) => table.schemeYear));
  const kept = RATE_PERIODS.filter((period) => !years.has(period.schemeYear));
  const added = entered.map(enteredPeriod);
  const periods = [...kept, ...added].sort((x, y) => (x.from < y.from ? -1 : 1));
  const book: RateBook = {
    periods: withProjectedGaps(periods),
    replaced: RATE_PERIODS.filter((p) => years.has(p.schemeYear)),
    projections: new Map(),
  };
  assertContiguous([...book.periods]);
  return book;
}

/** A table entered for a year beyond the next leaves years between unknown: each is projected from the year before it. */
function withProjectedGaps(periods: RatePeriod[]): RatePeriod[] {
  const filled: RatePeriod[] = [];
  for (const period of periods) {
    let last = filled[filled.length - 1];
    while (last && last.to < period.from && schemeYearOf(period.from) !== schemeYearOf(addDays(last.to, 1))) {
      last = projectedFrom(last, schemeYearOf(addDays(last.to, 1)));
      filled.push(last);
    }
    filled.push(period);
  }
  return filled;
}

function projectedFrom(base: RatePeriod, schemeYear: string): RatePeriod {
  return {
    ...yearSpan(schemeYear),
    schemeYear,
    status: 'projected',
    bandUnit: base.bandUnit,
    tiers: base.tiers,
    tierSource: base.tierSource,
    employerRatePercent: base.employerRatePercent,
    note: `Projected: nothing is published here for ${schemeYear} yet, so ${base.schemeYear}'s tiers and employer rate are carried forward. Bring the published table to the Rates page when NHSBSA publishes it.`,
    sources: base.sources,
    projectedFrom: base.projectedFrom ?? base.schemeYear,
  };
}

function projected(book: RateBook, date: string): RatePeriod {
  const schemeYear = schemeYearOf(date);
  let period = book.projections.get(schemeYear);
  if (!period) {
    period = projectedFrom(book.periods[book.periods.length - 1]!, schemeYear);
    book.projections.set(schemeYear, period);
  }
  return period;
}

/**
 * The period containing `date`, or undefined before the engine's first period (1 April 2015). A binary search, as the
 * checks look up every row of every form: the periods are sorted and contiguous, so the last to start on or before
 * `date` is the only one that can hold it.
 */
export function findRatePeriod(date: string, book: RateBook = BUILT_IN_RATES): RatePeriod | undefined {
  const { periods } = book;
  if (date < periods[0]!.from) return undefined;
  if (date > periods[periods.length - 1]!.to) return projected(book, date);
  let low = 0;
  let high = periods.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (periods[middle]!.from <= date) low = middle;
    else high = middle - 1;
  }
  return periods[low];
}

/** The period containing an already-valid date; throws a plain-English error before 1 April 2015. */
export function ratePeriodCovering(date: string, book: RateBook = BUILT_IN_RATES): RatePeriod {
  const period = findRatePeriod(date, book);
  if (!period) {
    throw new PensionInputError(
      `No NHS pension rate period covers ${formatUkDate(date)}: the engine knows the scheme's tiers from ${formatUkDate(book.periods[0]!.from)}.`,
    );
  }
  return period;
}

export function ratePeriodOn(date: string, book: RateBook = BUILT_IN_RATES): RatePeriod {
  return ratePeriodCovering(parseInput(IsoDate, date, 'ratePeriodOn(date)'), book);
}
