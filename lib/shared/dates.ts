/** Dates are ISO strings (YYYY-MM-DD) handled as UTC day numbers, so no time zone can move a day. */
const DAY_MS = 86_400_000;
const DASH = 45;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Read digit by digit rather than by a regular expression: every record's dates are checked each time the ledger is read. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isMonth(value: string): boolean {
  const match = ISO_MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The number written by `length` ASCII digits of `text` from `start`, or NaN when any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01. Hot in the engine (every worked day and row), so a well-formed date is read digit by digit
 * and counted by H. Hinnant's days-from-civil, as Date.UTC counts (a day past the month's end runs on into the next).
 * Anything else, and the odd cases Date.UTC treats its own way (years 0–99 read as 1900–1999, months out of range),
 * goes to Date.UTC itself.
 */
export function dayNumber(iso: string): number {
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (!(iso.length === 10 && iso[4] === '-' && iso[7] === '-' && year >= 100 && month >= 1 && month <= 12 && day >= 0)) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The inverse of dayNumber, by H. Hinnant's civil-from-days algorithm: integer arithmetic, no Date object. */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Four-digit years, where fromDayNumber writes a day exactly as toISOString does. */
const YEAR_1000 = Date.UTC(1000, 0, 1) / DAY_MS;
const YEAR_10000 = Date.UTC(10_000, 0, 1) / DAY_MS;

/** Calendar months later; a day the target month lacks rolls forward (29 Feb + 12 months = 1 Mar, as birthdays do). */
export function addMonths(iso: string, months: number): string {
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  const index = year * 12 + month - 1 + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  // Hot in the checks (every month and practice): a day the target month has is written directly, with no Date at all.
  if (
    iso.length === 10 &&
    iso[4] === '-' &&
    iso[7] === '-' &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    toYear >= 1000 &&
    toYear < 10_000 &&
    day <= daysInMonth(toYear, toMonth)
  ) {
    return `${toYear}-${pad2(toMonth)}-${pad2(day)}`;
  }
  const [y, m, d] = iso.split('-').map(Number);
  const ms = Date.UTC(y!, m! - 1 + months, d!);
  const dayCount = ms / DAY_MS;
  return dayCount >= YEAR_1000 && dayCount < YEAR_10000 ? fromDayNumber(dayCount) : new Date(ms).toISOString().slice(0, 10);
}

export function daysFromTo(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function nextMonth(month: string): string {
  return monthOf(addMonths(firstDayOf(month), 1));
}

/** AUG */
export function monthAbbreviation(month: string): string {
  return MONTH_NAMES[Number(month.slice(5, 7)) - 1]!;
}

/** dd/mm/yyyy, the UK convention used in every message. */
export function formatUkDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** One formatter for every call: building one per call (toLocaleDateString) dominated the checks of a long ledger. */
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** August 2025; "Invalid Date" for a malformed month, as toLocaleDateString said before. */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : MONTH_YEAR.format(date);
}

export function isWeekend(iso: string): boolean {
  const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}
