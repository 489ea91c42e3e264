// The 10-week rule (pcse-portal.md A2.5; pension-rules.md §4.2): work that ended more than 70 days
// before the form reaches PCSE cannot be pensioned. Not applied while it was suspended (2020–2022).
import { rules } from './data.mjs';
import { daysBetween } from './dates.mjs';

export function breaksTenWeekRule(lastDayIso, todayIso) {
  const { days, suspendedFrom, suspendedTo } = rules.tenWeekRule;
  if (suspendedFrom <= todayIso && todayIso <= suspendedTo) return false;
  return daysBetween(lastDayIso, todayIso) > days;
}
