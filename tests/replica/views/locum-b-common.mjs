// Pieces every Locum B variant shares: labels, the rows of Locum As, the server-side figures and the
// live-arithmetic config (boxes a–i as on the paper Form B, pension-rules.md §6.2).
import { labels } from '../lib/data.mjs';
import { shownReference } from '../lib/hostile.mjs';
import { formatUk } from '../lib/dates.mjs';
import { parseMoney } from '../lib/money.mjs';
import { locumBPreview } from '../static/js/calc.mjs';

export const lb = labels.locumB;
export const EXTRAS = ['c', 'd', 'e', 'f'];
export const CALCULATED = ['a', 'b', 'g', 'h', 'i', 'j'];

export function personalDetails(user) {
  return [
    ['name', 'Name', user.displayName],
    ['gmc', 'GMC number', user.gmcNumber],
    ['sd', 'Pension scheme membership number (SD number)', user.sdNumber],
    ['ni', 'National Insurance number', user.niNumber],
    ['dob', 'Date of birth', formatUk(user.dateOfBirth)],
  ];
}

export function labelFor(variant, key) {
  return lb.variantLabels[variant]?.[key] ?? lb.labels[key];
}

/** Columns of the Locum A table, from paper Form B Part 1 (pcse-portal.md A3.7). */
export function locumARow(store, a) {
  const org = store.organisation(a.ods);
  return {
    ref: shownReference(store, a),
    ea: a.ods,
    practice: org?.name ?? a.ods,
    first: formatUk(a.periods.map((p) => p.first).sort()[0]),
    last: formatUk(
      a.periods
        .map((p) => p.last)
        .sort()
        .at(-1),
    ),
    datePaid: formatUk(a.datePaid),
    pensionable: a.pensionable,
    employer: a.employer,
    tier: a.tier,
  };
}

/** What the page script would show for the posted values, so a re-rendered form agrees with it. */
export function serverPreview({ candidates, input, perRowTier, priorCumulative }) {
  const rows = candidates.filter((a) => input.selected.includes(a.ref) && (!perRowTier || a.tier));
  const extras = Object.fromEntries(EXTRAS.map((k) => [k, input.extras[k] === '' ? '0' : parseMoney(input.extras[k])]));
  return locumBPreview({ rows, tier: input.tier, perRowTier, extras, priorCumulative });
}
