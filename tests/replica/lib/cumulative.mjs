// Box j: cumulative freelance GP locum pensionable income this scheme year (pension-rules.md §6.2),
// from the locum's earlier Locum Bs in the same rate period.
import { ratePeriodStart } from './rate-periods.mjs';

export function priorCumulative(store, userId, month) {
  const start = ratePeriodStart(`${month}-01`);
  const total = store.locumBs
    .filter((b) => b.userId === userId && b.month < month && ratePeriodStart(`${b.month}-01`) === start)
    .reduce((sum, b) => sum + Number(b.boxes.a), 0);
  return total.toFixed(2);
}
