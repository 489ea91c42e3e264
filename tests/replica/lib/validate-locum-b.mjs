// Server-side validation of a Locum B (pcse-portal.md D9).
import { messages, labels, fmt } from './data.mjs';
import { FormErrors } from './form-errors.mjs';
import { formatLong } from './dates.mjs';
import { parseMoney } from './money.mjs';
import { crossedBoundary, tierOptionsFor } from './rate-periods.mjs';
import { breaksTenWeekRule } from './ten-week.mjs';

const m = messages.locumB;

/** "YYYY-MM" from the variant's month input, or null. */
export function parseMonth(raw) {
  if (typeof raw === 'string') return /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : null;
  if (!/^\d{1,2}$/.test(raw.month) || !/^\d{4}$/.test(raw.year)) return null;
  const month = Number(raw.month);
  return month >= 1 && month <= 12 ? `${raw.year}-${String(month).padStart(2, '0')}` : null;
}

function checkMonth(errors, input, store, userId) {
  const month = parseMonth(input.month);
  if (!month) errors.add('month', m.monthRequired);
  else if (month > store.today().slice(0, 7)) errors.add('month', m.monthFuture);
  else if (store.locumBs.some((b) => b.userId === userId && b.month === month)) errors.add('month', m.duplicate);
  return month;
}

function checkForms(errors, input, store, candidates, variant) {
  const chosen = candidates.filter((a) => input.selected.includes(a.ref) && (variant !== 'table' || a.tier));
  if (chosen.length === 0) {
    errors.add('forms', m.selectRequired);
    return chosen;
  }
  const boundary = crossedBoundary(chosen.flatMap((a) => a.periods.flatMap((p) => [p.first, p.last])));
  if (boundary) errors.add('forms', fmt(messages.locumA.ratePeriodSpan, { date: formatLong(boundary) }));
  else if (chosen.some((a) => a.periods.some((p) => breaksTenWeekRule(p.last, store.today()))))
    errors.add('forms', messages.locumA.tenWeek);
  return chosen;
}

/** Returns { errors, value } for the user's approved Locum A candidates. */
export function validateLocumB(input, { store, variant, userId, candidates }) {
  const errors = new FormErrors();
  const month = checkMonth(errors, input, store, userId);
  const tierRates = tierOptionsFor(`${month ?? store.today().slice(0, 7)}-01`).rates;
  if (variant !== 'table' && !tierRates.includes(input.tier)) errors.add('tier', m.tierRequired);
  const chosen = checkForms(errors, input, store, candidates, variant);
  const extras = {};
  for (const [key, text] of Object.entries(input.extras)) {
    extras[key] = text === '' ? '0.00' : parseMoney(text);
    if (extras[key] === null) errors.add(key, fmt(m.amountInvalid, { label: labels.locumB.extrasErrorNames[key] }));
  }
  if (!input.declaration) errors.add('declaration', m.declarationRequired);
  return { errors, value: { month, tier: variant === 'table' ? null : input.tier, locumARefs: chosen.map((a) => a.ref), extras } };
}
