/** How values are written into, and read back from, PCSE's fields. UK conventions: dd/mm/yyyy and pounds with pence. */

export function ukDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** A date as a person might type it (27/3/2026, 27-03-2026, 2026-03-27) in ISO form, or undefined. */
export function readDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  return year ? `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` : undefined;
}

/** Pence as the portal's money boxes take them: 2194.45, no pound sign, no thousands separator. */
export function poundsText(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

/** "£2,194.45", "2194.4" or "2194" read exactly into pence (no floating point), or undefined. */
export function readPence(text: string): number | undefined {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]!.replace(/,/g, '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Ways a select might show a month of a year: 2026-03, March 2026, Mar 2026, 03/2026. */
export function monthTexts(month: string): string[] {
  const [year, number] = month.split('-');
  const name = MONTH_NAMES[Number(number) - 1]!;
  return [month, `${name} ${year}`, `${name.slice(0, 3)} ${year}`, `${number}/${year}`, `${Number(number)}/${year}`];
}

/** Ways a select might show a month on its own: 3, 03, March, Mar. */
export function monthOnlyTexts(month: string): string[] {
  const number = month.split('-')[1]!;
  const name = MONTH_NAMES[Number(number) - 1]!;
  return [String(Number(number)), number, name, name.slice(0, 3)];
}

/** The month (1–12) a name or its first three letters names: "March", "Mar", "Mar." */
export function monthOfName(text: string): number | undefined {
  const start = text.trim().toLowerCase().slice(0, 3);
  const index = start.length === 3 ? MONTH_NAMES.findIndex((name) => name.startsWith(start)) : -1;
  return index >= 0 ? index + 1 : undefined;
}

/** Thousands grouped by hand: toLocaleString loads the locale's number data on first use, a millisecond of a fill. */
function poundsWithCommas(pence: number): string {
  return `£${String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+$)/g, ',')}.${String(pence % 100).padStart(2, '0')}`;
}

/** A canonical value as the panel shows it: £2,194.45, 02/03/2026, March 2026. */
export function displayValue(kind: string, value: string): string {
  if (kind === 'money') return poundsWithCommas(Number(value));
  if (kind === 'date') return ukDate(value);
  if (kind === 'month') return `${MONTH_NAMES[Number(value.slice(5)) - 1]!.replace(/^./, (c) => c.toUpperCase())} ${value.slice(0, 4)}`;
  if (kind === 'choice' && /^\d+(\.\d+)?$/.test(value)) return `${value}%`;
  return value;
}
