import { findRatePeriod, schemeYearOf, type RateBook } from '../pension';

/**
 * The scheme year whose tier table NHSBSA publishes this spring, from 1 March to 30 April: in March the year starting
 * on the coming 1 April, in April the year just begun. Outside that window, none.
 */
function springTableYear(today: string): string | undefined {
  const month = today.slice(5, 7);
  if (month === '03') return schemeYearOf(`${today.slice(0, 4)}-04-01`);
  if (month === '04') return schemeYearOf(today);
  return undefined;
}

/** The spring's scheme year while the book holds no confirmed or entered table for it: the locum should bring one. */
export function rateTableDue(book: RateBook, today: string): string | undefined {
  const schemeYear = springTableYear(today);
  if (!schemeYear) return undefined;
  const status = findRatePeriod(`${schemeYear.slice(0, 4)}-04-01`, book)?.status;
  return status === 'confirmed' || status === 'entered' ? undefined : schemeYear;
}
