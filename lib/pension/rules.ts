import * as z from 'zod/mini';
import rawRules from './data/rules.json';
import { parseInput } from './errors';
import { Severity, type Finding } from './schemas';
import { IsoDate } from './schemas';

const FindingRule = z.object({ severity: Severity, rule: z.string(), source: z.string().check(z.startsWith('https://')) });

const RulesFile = z.object({
  parameters: z.object({
    tenWeekDays: z.int(),
    tenWeekSuspended: z.object({ from: IsoDate, to: IsoDate }),
    formBDueDay: z.int(),
    contributionAgeLimit: z.int(),
    appraisalMaxDays: z.int(),
    appraisalRuleFrom: IsoDate,
    onePracticeWarningMonths: z.int(),
    yearEndTolerancePence: z.int(),
    annualisationDays: z.int(),
  }),
  findings: z.record(z.string(), FindingRule),
  notPensionable: z.record(z.string(), z.string()),
});

/** The rule catalogue, validated once at load. */
export const RULES = parseInput(RulesFile, rawRules, 'rules');
export const PARAMETERS = RULES.parameters;

export type FindingCode = keyof typeof rawRules.findings;

/** A finding whose message names the rule and ends with its source, in plain English. */
export function finding(code: FindingCode, detail: string, field?: string): Finding {
  const { severity, rule, source } = RULES.findings[code]!;
  const message = `${rule}: ${detail} Source: ${source}`;
  return field === undefined ? { code, severity, message, source } : { code, severity, message, field, source };
}
