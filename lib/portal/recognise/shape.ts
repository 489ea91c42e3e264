import type { Control } from './controls';
import type { Shape } from './evidence';
import { affixText } from './labels';

const DATE_FORMAT = /\b(dd|d)\s*[/.-]\s*(mm|m)\s*[/.-]\s*(yyyy|yy)\b|\bdate\s+format\b|\bfor example,?\s+\d{1,2}[ /]\d{1,2}[ /]\d{4}\b/i;
/** A pattern attribute's shape: a four-digit year after a separator is a date; a decimal point, an amount. */
const DATE_PATTERN = /[/-].*(\\d|\[0-9\])\{4\}/;
const MONEY_PATTERN = /\\\./;
const MONTH_FORMAT = /^\s*mm\s*[/.-]\s*yyyy\s*$/i;
/** A rate anywhere in an option: "9.8%", "Tier 4 – 9.8%", "Employee rate: 9.8 per cent". */
const PERCENT = /(^|[^\d.])\d{1,2}(\.\d{1,2})?\s?(%|per\s?cent\b)/i;
const MONTH_NAME = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s+\d{4})?$/i;
const YEAR = /^(19|20)\d{2}(\s*[/-]\s*\d{2,4})?$/;
const POUNDS_NAMED = /\(\s*£\s*\)|£\s*$|\bin pounds\b/i;
const ODS_CODE = /\b[A-Z]\d{5}\b/;
const PRACTICE_WORDS = /\b(surgery|practice|medical centre|health centre|medical practice|clinic|group practice)\b/i;

/** Most of a select's real options (not "Choose…") pass the test. */
function mostOptions(select: HTMLSelectElement, test: (text: string, value: string) => boolean): boolean {
  const options = [...select.options].filter((option) => option.value.trim() !== '');
  return options.length >= 2 && options.filter((option) => test(option.text.trim(), option.value.trim())).length * 4 >= options.length * 3;
}

function optionShape(select: HTMLSelectElement): Shape | undefined {
  if (mostOptions(select, (text) => PERCENT.test(text))) return 'percentOptions';
  if (mostOptions(select, (text) => MONTH_NAME.test(text))) return 'monthOptions';
  if (mostOptions(select, (text) => YEAR.test(text))) return 'yearOptions';
  if (mostOptions(select, (text, value) => ODS_CODE.test(text) || ODS_CODE.test(value) || PRACTICE_WORDS.test(text)))
    return 'practiceOptions';
  return undefined;
}

/** What a box's type, format hints and options say about the value it takes (weights: evidence-weights.json shapes). */
export function shapeOf(control: Control, hints: () => string[], names: () => string[] = () => []): Shape | undefined {
  if (control instanceof HTMLSelectElement) return optionShape(control);
  if (!(control instanceof HTMLInputElement)) return undefined;
  if (control.type === 'date') return 'dateFormat';
  if (control.type === 'month' || MONTH_FORMAT.test(control.placeholder)) return 'monthFormat';
  if (control.type === 'number') return 'numberInput';
  if (DATE_FORMAT.test(control.placeholder) || DATE_FORMAT.test(control.title) || DATE_PATTERN.test(control.pattern)) return 'dateFormat';
  if (control.getAttribute('inputmode') === 'decimal' || MONEY_PATTERN.test(control.pattern) || /[£]/.test(affixText(control)))
    return 'moneyFormat';
  if (hints().some((hint) => DATE_FORMAT.test(hint))) return 'dateFormat';
  // "Employer superannuation to date (£)": a box named in pounds takes an amount, never a date or a year.
  return names().some((name) => POUNDS_NAMED.test(name)) ? 'moneyFormat' : undefined;
}
