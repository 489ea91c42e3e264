import type { ReviewedLocumA } from '../../pension';
import { odsCodeIn } from '../../shared/ods-code';
import { parseUkDate } from '../../shared/parse-uk';
import { type ReviewField, reviewFieldOf } from './review-fields';
import { mainOf } from './page-root';
import { penceIn, readSummary } from './summary';
import type { SummaryPair } from './summary-pairs';

/** Dates as a review page may write them: 02/03/2026, 2-3-2026, 2026-03-02, 2 March 2026, 2nd Mar 2026. */
const DATE =
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b/gi;

/** The Locum A shown on an approver's review page, or what could not be read, in plain English. */
export function locumAFromSummary(pairs: SummaryPair[]): ReviewedLocumA | { error: string } {
  const values = new Map<ReviewField, string[]>();
  for (const { label, value } of pairs) {
    const field = reviewFieldOf(label);
    if (field) values.set(field, [...(values.get(field) ?? []), value]);
  }
  const first = (field: ReviewField) => values.get(field)?.[0];
  const problems: string[] = [];

  const practiceText = first('practice') ?? first('ods');
  if (!practiceText) problems.push('the practice is not shown');
  // An ODS/EA code row may hold the bare code ("Y99901"); otherwise the code is in brackets after the practice name.
  const odsText = first('ods');
  const odsCode = odsText ? (odsCodeIn(`(${odsText.trim()})`) ?? odsCodeIn(odsText)) : practiceText ? odsCodeIn(practiceText) : undefined;

  // The first value that is an amount: a card may also show the field's name over a sentence about it.
  const money = (field: ReviewField, name: string): number | undefined => {
    const text = values.get(field)?.find((value) => penceIn(value) !== undefined) ?? first(field);
    const pence = text === undefined ? undefined : penceIn(text);
    if (text !== undefined && pence === undefined) problems.push(`the ${name} "${text}" is not an amount of money`);
    return pence;
  };
  const feePence = money('fee', 'locum fee');
  if (first('fee') === undefined) problems.push('the locum fee is not shown');
  // Pages may leave out the figures PCSE works out; the checks that need them say they could not be checked.
  const pensionablePence = money('pensionable', 'pensionable pay');
  const employerPence = money('employer', 'employer contribution');

  const periods = periodsFrom(values, problems);
  let paidOn: string | undefined;
  const paidText = first('paidOn');
  if (paidText !== undefined) {
    const before = problems.length;
    const dates = datesIn(paidText, 'the date paid', problems);
    if (dates.length === 1) paidOn = dates[0];
    else if (problems.length === before)
      problems.push(`the date paid "${paidText}" ${dates.length === 0 ? 'is not a date' : `shows ${dates.length} dates`}`);
  }

  if (problems.length > 0) return { error: `Could not read this Locum A: ${problems.join('; ')}.` };
  const gmcNumber = first('gmc')?.replace(/\s+/g, '');
  return {
    ...(first('reference') && { reference: first('reference') }),
    ...(first('name') && { locumName: first('name') }),
    ...(gmcNumber && { gmcNumber }),
    practiceText: practiceText!,
    ...(odsCode && { odsCode }),
    periods,
    feePence: feePence!,
    ...(pensionablePence !== undefined && { pensionablePence }),
    ...(employerPence !== undefined && { employerPence }),
    ...(paidOn && { paidOn }),
  };
}

/** "Dates worked" (one or more periods) or "First day"/"Last day" rows, paired in order. */
function periodsFrom(values: Map<ReviewField, string[]>, problems: string[]): { from: string; to: string }[] {
  const periods: { from: string; to: string }[] = [];
  for (const text of values.get('dates') ?? []) {
    // Periods are separated by commas, semicolons, "and" or line breaks; within one, two dates are its first and last day.
    for (const part of text.split(/[,;\n]|\band\b/)) {
      const dates = datesIn(part, 'the dates worked', problems);
      if (dates.length === 1) periods.push({ from: dates[0]!, to: dates[0]! });
      else if (dates.length === 2) periods.push({ from: dates[0]!, to: dates[1]! });
      else if (dates.length > 2) problems.push(`the dates worked "${part.trim()}" are not a first and a last day`);
    }
  }
  const firsts = (values.get('firstDay') ?? []).flatMap((text) => datesIn(text, 'the first day worked', problems));
  const lasts = (values.get('lastDay') ?? []).flatMap((text) => datesIn(text, 'the last day worked', problems));
  if (firsts.length !== lasts.length) problems.push(`${firsts.length} first days worked but ${lasts.length} last days worked are shown`);
  else for (const [i, from] of firsts.entries()) periods.push({ from, to: lasts[i]! });
  if (periods.length === 0 && problems.length === 0) problems.push('the dates worked are not shown');
  return periods;
}

function datesIn(text: string, name: string, problems: string[]): string[] {
  const dates: string[] = [];
  for (const [written] of text.matchAll(DATE)) {
    const parsed = parseUkDate(written.replace(/(\d)(?:st|nd|rd|th)\b/i, '$1').replace(/\.(?= \d{4})/, ''));
    if (parsed.ok) dates.push(parsed.value);
    else problems.push(`${name}: ${parsed.reason}`);
  }
  return dates;
}

/** The Locum A on an approver's review page, read as the approver's check reads it, in whatever layout the page uses. */
export function readLocumAReview(doc: Document): ReviewedLocumA | { error: string } {
  return locumAFromSummary(readSummary(mainOf(doc) ?? doc));
}
