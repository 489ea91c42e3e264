import { isIsoDate } from './dates';
import { quoted } from './quoted';
import { formatPence, MAX_PENCE } from './money';

/** A value read from what a person typed, or the reason it could not be read, in plain English. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** 5/5/2025, 05-05-2025, 05.05.2025, 05/05/25: the separators must match, and the day always comes first. */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_ORDER = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad2 = (digits: string) => digits.padStart(2, '0');

function dayFirstParts(written: string): { day: string; month: string; year: string } | undefined {
  const dayFirst = DAY_FIRST.exec(written);
  if (dayFirst) {
    const year = dayFirst[4]!;
    // Two-digit years are this century: a locum ledger starts in 2015, the first year of the 2015 scheme.
    return { day: dayFirst[1]!, month: dayFirst[3]!, year: year.length === 2 ? `20${year}` : year };
  }
  const isoOrder = ISO_ORDER.exec(written);
  return isoOrder ? { day: isoOrder[3]!, month: isoOrder[2]!, year: isoOrder[1]! } : undefined;
}

/**
 * A date as UK spreadsheets write it (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yy) or as ISO yyyy-mm-dd, to YYYY-MM-DD.
 * The day is always read first: 05/13/2025 is refused rather than guessed to be American.
 */
export function parseUkDate(text: string): Parsed<string> {
  const written = text.trim();
  if (written === '') return fail('is empty');
  const parts = dayFirstParts(written);
  if (!parts) return fail(`${quoted(written)} is not a date written dd/mm/yyyy`);
  const iso = `${parts.year}-${pad2(parts.month)}-${pad2(parts.day)}`;
  if (isIsoDate(iso)) return ok(iso);
  const month = Number(parts.month);
  if (month > 12 && Number(parts.day) <= 12) {
    return fail(`${quoted(written)} is not a real date: dates are read day first (dd/mm/yyyy), and there is no month ${month}`);
  }
  return fail(`${quoted(written)} is not a real date`);
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
