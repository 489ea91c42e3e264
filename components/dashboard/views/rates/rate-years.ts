import { findRatePeriod, RATE_PERIODS, schemeYearOf, type RateBook, type RatePeriod } from '@/lib/pension';
import type { EnteredRateTable } from '@/lib/pension';

/** One card of the Rates page: a period, the user's table behind it if entered, and the built-in one it stands in for. */
export type RateYear = { period: RatePeriod; entered?: EnteredRateTable; replaced: RatePeriod[] };

/** The scheme year after the one `today` is in: "2027/28" on 20/12/2026. */
function comingSchemeYear(today: string): string {
  const first = Number(schemeYearOf(today).slice(0, 4)) + 1;
  return schemeYearOf(`${first}-04-01`);
}

/**
 * The periods the page shows, newest first: the current and coming scheme years on top (the coming one projected when
 * nothing is known of it), every earlier period below.
 */
export function ratesPageYears(book: RateBook, entered: readonly EnteredRateTable[], today: string) {
  const current = findRatePeriod(today, book)!;
  const coming = findRatePeriod(`${comingSchemeYear(today).slice(0, 4)}-04-01`, book)!;
  const known = book.periods.filter((period) => period.from >= current.from && period !== coming && period !== current);
  const yearOf = (period: RatePeriod): RateYear => {
    const table = period.status === 'entered' ? entered.find((t) => t.schemeYear === period.schemeYear) : undefined;
    const replaced = table ? book.replaced.filter((p) => p.schemeYear === period.schemeYear) : [];
    return { period, replaced, ...(table ? { entered: table } : {}) };
  };
  const newestFirst = (periods: RatePeriod[]) => [...periods].sort((x, y) => (x.from < y.from ? 1 : -1)).map(yearOf);
  return {
    upcoming: newestFirst([...known, coming, current]),
    earlier: newestFirst(book.periods.filter((period) => period.to < current.from)),
  };
}

/** The year the add form offers first: the current one while it is only projected, else the coming one. */
export function defaultEntryYear(book: RateBook, today: string): string {
  return findRatePeriod(today, book)?.status === 'projected' ? schemeYearOf(today) : comingSchemeYear(today);
}

/** Every scheme year a table can be entered for, newest first: from 2015/16, the first the engine knows, to the coming one. */
export function enterableYears(today: string): string[] {
  const last = Number(comingSchemeYear(today).slice(0, 4));
  return Array.from({ length: last - 2015 + 1 }, (_, i) => schemeYearOf(`${last - i}-04-01`));
}

/** Whether this build's own figures for the year come from a primary source: replacing them is asked twice. */
export function hasConfirmedFigures(schemeYear: string): boolean {
  return RATE_PERIODS.some((period) => period.schemeYear === schemeYear && period.status === 'confirmed');
}
