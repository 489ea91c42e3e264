/** Dates are ISO strings (YYYY-MM-DD) handled as UTC day numbers, so no time zone can move a day. */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return fromDayNumber(dayNumber(value)) === value;
}

export function isMonth(value: string): boolean {
  const match = ISO_MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Calendar months later; a day the target month lacks rolls forward (29 Feb + 12 months = 1 Mar, as birthdays do). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + months, d!)).toISOString().slice(0, 10);
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

/** August 2025 */
export function formatMonth(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function isWeekend(iso: string): boolean {
  const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}
