import { formatUkDate, type EnteredRateTable, type RatePeriod } from '@/lib/pension';

/** A period's status in plain words: a one-word label for the badge and what it means. */
export function rateStatusWords(period: RatePeriod, entered?: EnteredRateTable): { label: string; meaning: string } {
  switch (period.status) {
    case 'confirmed':
      return { label: 'Confirmed', meaning: 'from NHSBSA or legislation' };
    case 'provisional':
      return { label: 'Provisional', meaning: 'from secondary sources and the published uprating rule' };
    case 'projected':
      return { label: 'Projected', meaning: `carried forward from ${period.projectedFrom}, nothing published yet` };
    case 'entered':
      return { label: 'Entered', meaning: entered ? `by you on ${formatUkDate(entered.enteredAt.slice(0, 10))}` : 'by you' };
  }
}

/** Only web addresses become links, never a note or another scheme (a rates file is a stranger's text). */
export function sourceLink(source: string): URL | undefined {
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
