// Calendar dates as ISO strings (YYYY-MM-DD): they compare correctly as strings and carry no time zone.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Today's date in Europe/London, as the real portal would see it. */
export function londonToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

export function isIsoDate(s) {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && fromParts(s.slice(8), s.slice(5, 7), s.slice(0, 4)) === s;
}

/** Builds an ISO date from day, month, year strings; null if they are not a real date. */
export function fromParts(day, month, year) {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses dd/mm/yyyy (one-digit day and month allowed); null if not a real date. */
export function parseUk(text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return match ? fromParts(match[1], match[2], match[3]) : null;
}

export function formatUk(iso) {
  return iso ? `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

/** "1 April 2026", for messages. */
export function formatLong(iso) {
  return `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "March 2026" from "2026-03". */
export function formatMonth(yearMonth) {
  return `${MONTHS[Number(yearMonth.slice(5, 7)) - 1]} ${yearMonth.slice(0, 4)}`;
}

/** "MAR" from "2026-03", for the payment reference (pension-rules.md §7.1). */
export function monthCode(yearMonth) {
  return MONTHS[Number(yearMonth.slice(5, 7)) - 1].slice(0, 3).toUpperCase();
}

export function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** The last `count` months up to and including the month of `iso`, newest first, as YYYY-MM. */
export function recentMonths(iso, count) {
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7));
  const out = [];
  for (let k = 0; k <= count; k += 1) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

export const monthNames = MONTHS;

/** A date field's raw value: a dd/mm/yyyy string, or { day, month, year } from split inputs. */
export function isBlankDate(raw) {
  return typeof raw === 'string' ? raw === '' : !raw.day && !raw.month && !raw.year;
}

export function parseDateInput(raw) {
  return typeof raw === 'string' ? parseUk(raw) : fromParts(raw.day, raw.month, raw.year);
}
