// Server-side validation of a Locum A (pcse-portal.md D5). Messages are in data/messages.json.
import { messages, labels, fmt } from './data.mjs';
import { FormErrors } from './form-errors.mjs';
import { formatLong, isBlankDate, parseDateInput } from './dates.mjs';
import { parseMoney } from './money.mjs';
import { crossedBoundary, tierOptionsFor } from './rate-periods.mjs';
import { breaksTenWeekRule } from './ten-week.mjs';

const m = messages.locumA;
const l = labels.locumA.labels;

function checkDate(errors, key, raw, label, requiredMessage) {
  if (isBlankDate(raw)) {
    errors.add(key, requiredMessage);
    return null;
  }
  const iso = parseDateInput(raw);
  if (!iso) errors.add(key, fmt(typeof raw === 'string' ? m.dateFormatText : m.dateFormatSplit, { label }));
  return iso;
}

function checkPeriods(errors, input, today) {
  const periods = [];
  input.periods.forEach((row, i) => {
    if (i > 0 && isBlankDate(row.first) && isBlankDate(row.last)) return;
    const first = checkDate(errors, `first.${i}`, row.first, l.first, m.firstRequired);
    const last = checkDate(errors, `last.${i}`, row.last, l.last, m.lastRequired);
    if (!first || !last) return;
    if (last < first) errors.add(`last.${i}`, m.lastBeforeFirst);
    if (first > today) errors.add(`first.${i}`, m.future);
    if (last > today) errors.add(`last.${i}`, m.future);
    else if (breaksTenWeekRule(last, today)) errors.add(`period.${i}`, m.tenWeek);
    periods.push({ first, last });
  });
  const boundary = crossedBoundary(periods.flatMap((p) => [p.first, p.last]));
  if (boundary) errors.add('periods', fmt(m.ratePeriodSpan, { date: formatLong(boundary) }));
  return periods;
}

/** Only the practice-code checks, for the Search button. */
export function validatePractice(input, store) {
  const errors = new FormErrors();
  if (!input.ods) errors.add('ods', m.odsRequired);
  else if (!store.practiceByOds(input.ods)) errors.add('ods', m.odsNotFound);
  return errors;
}

/** Returns { errors, value }; value holds ISO dates and pounds-and-pence strings when valid. */
export function validateLocumA(input, { store, variant }) {
  const today = store.today();
  const errors = validatePractice(input, store);
  if (!['practice', 'appraisal'].includes(input.workType)) errors.add('workType', m.workTypeRequired);
  const periods = checkPeriods(errors, input, today);

  const fee = input.fee ? parseMoney(input.fee) : null;
  if (!fee) errors.add('fee', m.feeRequired);
  else if (Number(fee) <= 0) errors.add('fee', m.feePositive);

  const datePaid = checkDate(errors, 'datePaid', input.datePaid, l.datePaid, m.datePaidRequired);
  const lastWorked = periods
    .map((p) => p.last)
    .sort()
    .at(-1);
  if (datePaid && datePaid > today) errors.add('datePaid', m.datePaidFuture);
  else if (datePaid && lastWorked && datePaid < lastWorked) errors.add('datePaid', m.datePaidBeforeLast);

  if (variant === 'table' && !tierOptionsFor(periods[0]?.first ?? today).rates.includes(input.tier)) errors.add('tier', m.tierRequired);
  if (!input.declaration) errors.add('declaration', m.declarationRequired);

  const value = {
    ods: input.ods,
    workType: input.workType,
    periods,
    fee,
    datePaid,
    tier: variant === 'table' ? input.tier : '',
    invoiceRef: input.invoiceRef,
  };
  return { errors, value };
}
