import { addMonths, dayNumber, formatUkDate, isIsoDate } from './dates';
import { quoted } from './quoted';
import { formatPence, MAX_PENCE } from './money';

/** A value read from what a person typed, or the reason it could not be read, in plain English. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** 5/5/2025, 05-05-2025, 05.05.2025, 05 05 2025, 05/05/25: the separators must match, and the day always comes first. */
const DAY_FIRST = /^(\d{1,2})([/. -])(\d{1,2})\2(\d{4}|\d{2})$/;
/** 22-Oct-26 (Excel's d-mmm-yy), 5 May 2025, 5 September 2025, 05.Oct.2026. */
const MONTH_NAMED = /^(\d{1,2})([. -])([a-z]{3,9})\2(\d{4}|\d{2})$/i;
const ISO_ORDER = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Tue 27/10/2026, Tuesday, 27/10/2026: spreadsheets and diaries put the weekday first. */
const WEEKDAY_FIRST = /^([a-z]{3,9})\.?,? +(.*)$/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The index of the name in `names` that `written` is, in full or by its first three letters (Sept too), or -1. */
function nameIndex(names: readonly string[], written: string): number {
  const lower = written.toLowerCase();
  return names.findIndex((name) => name === lower || name.slice(0, 3) === lower || (name === 'september' && lower === 'sept'));
}

const pad2 = (digits: string) => digits.padStart(2, '0');
// Two-digit years are this century: a locum ledger starts in 2015, the first year of the 2015 scheme.
const fullYear = (year: string) => (year.length === 2 ? `20${year}` : year);

function dayFirstParts(written: string): { day: string; month: string; year: string } | undefined {
  const dayFirst = DAY_FIRST.exec(written);
  if (dayFirst) return { day: dayFirst[1]!, month: dayFirst[3]!, year: fullYear(dayFirst[4]!) };
  const named = MONTH_NAMED.exec(written);
  const month = named ? nameIndex(MONTHS, named[3]!) : -1;
  if (named && month >= 0) return { day: named[1]!, month: String(month + 1), year: fullYear(named[4]!) };
  const isoOrder = ISO_ORDER.exec(written);
  return isoOrder ? { day: isoOrder[3]!, month: isoOrder[2]!, year: isoOrder[1]! } : undefined;
}

/** The weekday named before the date (0 is Sunday) and the date after it; no weekday is -1. */
function weekdayAndDate(written: string): { weekday: number; date: string } {
  const match = WEEKDAY_FIRST.exec(written);
  const weekday = match ? nameIndex(WEEKDAYS, match[1]!) : -1;
  return weekday >= 0 ? { weekday, date: match![2]!.trim() } : { weekday: -1, date: written };
}

/** 0 is Sunday: day 0, 1 January 1970, was a Thursday. */
function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

const capitalised = (name: string) => name[0]!.toUpperCase() + name.slice(1);

/** Mon 30 Nov 2026: how a typed date is read back to the person who typed it, so a misread day or month shows at once. */
export function dateInWords(iso: string): string {
  const weekday = WEEKDAYS[weekdayOf(iso)]!;
  const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
  const short = (name: string) => capitalised(name.slice(0, 3));
  return `${short(weekday)} ${Number(iso.slice(8, 10))} ${short(month)} ${iso.slice(0, 4)}`;
}

/**
 * A date as UK spreadsheets and people write it, to YYYY-MM-DD: dd/mm/yyyy, d/m/yy (20yy), with -, . or a space between,
 * d-mmm-yy and d mmm yyyy (Excel's 22-Oct-26), a weekday first (Tue 27/10/2026), or ISO yyyy-mm-dd.
 * The day is always read first: 05/13/2025 is refused rather than guessed to be American.
 */
export function parseUkDate(text: string): Parsed<string> {
  const written = text.trim().replace(/\s+/g, ' ');
  if (written === '') return fail('is empty');
  const { weekday, date } = weekdayAndDate(written);
  const parts = dayFirstParts(date);
  if (!parts) return fail(`${quoted(written)} is not a date written dd/mm/yyyy`);
  const iso = `${parts.year}-${pad2(parts.month)}-${pad2(parts.day)}`;
  if (isIsoDate(iso)) {
    if (weekday < 0 || weekday === weekdayOf(iso)) return ok(iso);
    return fail(`${quoted(written)} does not add up: ${formatUkDate(iso)} is a ${capitalised(WEEKDAYS[weekdayOf(iso)]!)}`);
  }
  const month = Number(parts.month);
  if (month > 12 && Number(parts.day) <= 12) {
    return fail(`${quoted(written)} is not a real date: dates are read day first (dd/mm/yyyy), and there is no month ${month}`);
  }
  return fail(`${quoted(written)} is not a real date`);
}

/** What a typed date is: a day of work or payment, or a locum's date of birth. */
export type DateKind = 'work' | 'birth';

/** The 2015 scheme's tiers begin on 1 April 2015 (NHS Pension Scheme Regulations 2015, SI 2015/94): no earlier work is on these forms. */
const SCHEME_START = '2015-04-01';

/** Why a real date cannot be this kind of date today, or undefined when it can. A locum is 18 to 100 years old. */
function outOfBounds(iso: string, kind: DateKind, today: string): string | undefined {
  const words = dateInWords(iso);
  if (kind === 'birth') {
    if (iso > addMonths(today, -18 * 12)) return `${words} would make you under 18`;
    if (iso < addMonths(today, -100 * 12)) return `${words} would make you over 100`;
    return undefined;
  }
  if (iso < SCHEME_START) return `${words} is before 1 April 2015, when the scheme's current tiers begin`;
  if (iso > addMonths(today, 12)) return `${words} is more than a year ahead`;
  return undefined;
}

/** A date a person typed into one of the extension's forms, read day first and refused when it cannot be that kind of date. */
export function parseEnteredDate(text: string, kind: DateKind, today: string): Parsed<string> {
  const read = parseUkDate(text);
  if (!read.ok) return read;
  const refusal = outOfBounds(read.value, kind, today);
  return refusal ? fail(refusal) : read;
}

/** Whole pounds: plain digits, or grouped in threes by commas (UK) or spaces. */
const WHOLE = String.raw`\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+`;
/** A decimal point always; a comma is the decimal mark only with 1 or 2 digits after it and no comma or point before it. */
const POINT_DECIMAL = new RegExp(String.raw`^(${WHOLE}|)\.(\d{1,2})$`);
const COMMA_DECIMAL = /^(\d+|\d{1,3}(?: \d{3})+),(\d{1,2})$/;
const WHOLE_ONLY = new RegExp(`^(${WHOLE})$`);
const TOO_PRECISE = /^[\d, ]*\.\d{3,}$/;
/** No-break and thin spaces group thousands in French-style and some accounting exports. */
const SPACES = /[\s\u00A0\u2009\u202F]+/g;

function amountParts(body: string): { pounds: string; pence: string } | undefined {
  const match = WHOLE_ONLY.exec(body) ?? POINT_DECIMAL.exec(body) ?? COMMA_DECIMAL.exec(body);
  if (!match) return undefined;
  return { pounds: match[1]!.replace(/[, ]/g, '') || '0', pence: (match[2] ?? '').padEnd(2, '0') };
}

/** Money written -£5, £-5, -5 or, as accounts do, (5.00): the sign, and the digits without the sign and the £. */
const SIGNED = /^([-\u2212]?) ?(?:£ ?)?([-\u2212]?) ?(.*)$/;

function unsigned(written: string): { body: string; negative: boolean } {
  const accounting = /^\((.*)\)$/.exec(written);
  const [, minusBefore, minusAfter, body] = SIGNED.exec(accounting ? accounting[1]!.trim() : written)!;
  return { body: body!, negative: accounting !== null || minusBefore !== '' || minusAfter !== '' };
}

/**
 * An amount of money as people write it (£1,234.56, 1234.5, 250, 250,00, 1 234,56) to whole pence.
 * Exact: the pounds and pence digits are read as integers, never through a float × 100 that can be off by a penny.
 * A comma is a decimal mark only when nothing else could be meant (250,00 or 1 234,56); 1,234 is one thousand two hundred
 * and thirty-four pounds, as in the UK, and mixed European forms such as 1.234,56 are refused rather than guessed.
 */
export function parsePounds(text: string): Parsed<number> {
  const written = text.replace(SPACES, ' ').trim();
  if (written === '') return fail('is empty');
  const { body, negative } = unsigned(written);
  const parts = amountParts(body);
  if (!parts) {
    if (TOO_PRECISE.test(body)) return fail(`${quoted(written)} has more than two digits after the decimal point`);
    return fail(`${quoted(written)} is not an amount of money; write it like 1234.56 or £1,234.56`);
  }
  const pence = parts.pounds.length > 12 ? Infinity : Number(parts.pounds) * 100 + Number(parts.pence);
  if (negative && pence > 0) return fail(`${quoted(written)} is negative; an amount must be 0 or more`);
  if (pence > MAX_PENCE) return fail(`${quoted(written)} is more than ${formatPence(MAX_PENCE)}, the most Locum Ledger holds`);
  return ok(pence);
}
