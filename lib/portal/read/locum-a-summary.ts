import type { ReviewedLocumA } from '../../pension';
import { odsCodeIn } from '../../shared/ods-code';
import { parseUkDate } from '../../shared/parse-uk';
import { normaliseLabel } from '../recognise/text';
import { penceIn } from './summary';
import type { SummaryPair } from './summary-pairs';

type Field =
  | 'pensionable'
  | 'fee'
  | 'employer'
  | 'gmc'
  | 'paidOn'
  | 'firstDay'
  | 'lastDay'
  | 'dates'
  | 'ods'
  | 'practice'
  | 'name'
  | 'reference';

/**
 * Each label names at most one field, tried in this order because the labels overlap:
 * "Pensionable pay (90% of fee)" is not the fee, "Locum fee, excluding employer contributions" is not the employer's share.
 */
const FIELD_LABELS: [Field, RegExp][] = [
  ['pensionable', /pensionable/],
  ['fee', /\bfees?\b/],
  ['employer', /\bemployer\b/],
  ['gmc', /\bgmc\b/],
  ['paidOn', /\bdate (?:of )?(?:pay(?:ment)? )?(?:paid|received)\b|\bpaid on\b|\bdate of payment\b|\bpayment date\b/],
  ['firstDay', /\bfirst (?:day|date)\b|^from$|^start date$|^date from$/],
  ['lastDay', /\blast (?:day|date)\b|^to$|^end date$|^date to$/],
  ['dates', /\bdates? (?:worked|of work)\b|^work dates$|^period/],
  ['ods', /\b(?:ods|ea|practice) code\b|^employing authority\b/],
  ['practice', /^practice\b|\bpractice name\b|^organisation\b/],
  ['name', /^(?:gp )?locum(?: name)?$|\blocum(?: s)? name\b|^(?:full )?name$/],
  ['reference', /\breference\b/],
];

function fieldOf(label: string): Field | undefined {
  const plain = normaliseLabel(label);
  if (/\b(?:payment|invoice|bacs) reference\b/.test(plain)) return undefined;
  return FIELD_LABELS.find(([, pattern]) => pattern.test(plain))?.[0];
}

/** dd/mm/yyyy (or ISO) dates in a piece of text, in order. */
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g;

/** The Locum A shown on an approver's review page, or what could not be read, in plain English. */
export function locumAFromSummary(pairs: SummaryPair[]): ReviewedLocumA | { error: string } {
  const values = new Map<Field, string[]>();
  for (const { label, value } of pairs) {
    const field = fieldOf(label);
    if (field) values.set(field, [...(values.get(field) ?? []), value]);
  }
  const first = (field: Field) => values.get(field)?.[0];
  const problems: string[] = [];

  const practiceText = first('practice') ?? first('ods');
  if (!practiceText) problems.push('the practice is not shown');
  // An ODS/EA code row may hold the bare code ("Y99901"); otherwise the code is in brackets after the practice name.
  const odsText = first('ods');
  const odsCode = odsText ? (odsCodeIn(`(${odsText.trim()})`) ?? odsCodeIn(odsText)) : practiceText ? odsCodeIn(practiceText) : undefined;

  const money = (field: Field, name: string): number => {
    const text = first(field);
    const pence = text === undefined ? undefined : penceIn(text);
    if (text === undefined) problems.push(`the ${name} is not shown`);
    else if (pence === undefined) problems.push(`the ${name} "${text}" is not an amount of money`);
    return pence ?? 0;
  };
  const feePence = money('fee', 'locum fee');
  const pensionablePence = money('pensionable', 'pensionable pay');
  const employerPence = money('employer', 'employer contribution');

  const periods = periodsFrom(values, problems);
  let paidOn: string | undefined;
  const paidText = first('paidOn');
  if (paidText !== undefined) {
    const before = problems.length;
    const dates = datesIn(paidText, 'the date paid', problems);
    if (dates.length === 1) paidOn = dates[0];
    else if (problems.length === before) problems.push(`the date paid "${paidText}" is not one date written dd/mm/yyyy`);
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
    feePence,
    pensionablePence,
    employerPence,
    ...(paidOn && { paidOn }),
  };
}

/** "Dates worked" (one or more periods) or "First day"/"Last day" rows, paired in order. */
function periodsFrom(values: Map<Field, string[]>, problems: string[]): { from: string; to: string }[] {
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
    const parsed = parseUkDate(written);
    if (parsed.ok) dates.push(parsed.value);
    else problems.push(`${name}: ${parsed.reason}`);
  }
  return dates;
}
