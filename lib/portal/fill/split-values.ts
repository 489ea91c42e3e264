import type { PageField } from '../recognise/fields';
import { chooseOption, findOption } from './choose-option';
import { monthOfName, monthOnlyTexts } from './formats';
import { writeValue } from './set-value';

/** Values split over several boxes: a date as day, month and year (boxes or selects), an amount as pounds and pence. */
type Part = HTMLInputElement | HTMLSelectElement;

const WHOLE_NUMBER = /^\d+$/;

/** The number a part shows: its value, else its option's text as a number, else the month its option names. */
function partNumber(part: Part | undefined): number | undefined {
  if (!part) return undefined;
  const option = part instanceof HTMLSelectElement ? part.selectedOptions[0] : undefined;
  const texts = option ? [option.value.trim(), option.text.trim()] : [part.value.trim()];
  const number = texts.find((text) => WHOLE_NUMBER.test(text));
  return number !== undefined ? Number(number) : option ? monthOfName(option.text) : undefined;
}

/**
 * How a number goes into a part: a box as typed, a select by the option naming it (a month by its name first).
 * Undefined when a select offers no such option.
 */
function writerFor(part: Part, number: number, month?: string): (() => void) | undefined {
  if (part instanceof HTMLInputElement) return () => writeValue(part, String(number));
  const names = month ? monthOnlyTexts(month).slice(2) : [];
  const option =
    (names.length > 0 ? findOption(part, names) : undefined) ??
    findOption(part, [String(number), String(number).padStart(2, '0'), String(number % 100)]);
  return option && (() => chooseOption(part, option));
}

/** A date (YYYY-MM-DD) or a month (YYYY-MM) into its parts; false, with nothing written, when a part offers no such choice. */
export function fillSplitDate(field: PageField, value: string, withDay: boolean): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const { parts } = field;
  if (withDay && !parts!.day) return false;
  const writers = [
    withDay ? writerFor(parts!.day!, day!) : () => {},
    writerFor(parts!.month, month!, value.slice(0, 7)),
    writerFor(parts!.year, year!),
  ];
  if (writers.some((write) => !write)) return false;
  for (const write of writers) write!();
  return true;
}

export function splitDateHolds(field: PageField, value: string, withDay: boolean): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const { parts } = field;
  const shownYear = partNumber(parts!.year);
  return (
    (shownYear === year || shownYear === year! % 100) && partNumber(parts!.month) === month && (!withDay || partNumber(parts!.day) === day)
  );
}

export function readSplitDate(field: PageField): string {
  const { parts } = field;
  const shown = (part: Part | undefined) =>
    part instanceof HTMLSelectElement ? (part.selectedOptions[0]?.value ? part.selectedOptions[0].text.trim() : '') : part?.value;
  return [shown(parts!.day), shown(parts!.month), shown(parts!.year)].filter((part) => part !== undefined).join('/');
}

/** Pence into a pounds box and a two-digit pence box. */
export function fillSplitMoney(field: PageField, pence: number): void {
  writeValue(field.money!.pounds, String(Math.floor(pence / 100)));
  writeValue(field.money!.pence, String(pence % 100).padStart(2, '0'));
}

export function splitMoneyHolds(field: PageField, pence: number): boolean {
  const { pounds, pence: penceBox } = field.money!;
  return (
    WHOLE_NUMBER.test(pounds.value.trim()) &&
    /^\d{1,2}$/.test(penceBox.value.trim()) &&
    Number(pounds.value) * 100 + Number(penceBox.value) === pence
  );
}

export function readSplitMoney(field: PageField): string {
  const { pounds, pence } = field.money!;
  return pounds.value || pence.value ? `£${pounds.value}.${pence.value}` : '';
}
