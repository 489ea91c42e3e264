import * as z from 'zod/mini';
import rawRules from './data/rules.json';
import { parseInput } from './errors';
import { Severity, type Finding } from './schemas';
import { IsoDate } from './schemas';

const Source = z.string().check(z.startsWith('https://'));
const FindingRule = z.object({ severity: Severity, rule: z.string(), source: Source });
/** An approver check's severity depends on what it finds; its source is its own or, for a rule checkForms also applies, that finding's. */
const ApproverCheckRule = z.union([z.strictObject({ source: Source }), z.strictObject({ sameSourceAs: z.string() })]);

const RulesFile = z
  .object({
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
      /** A figure this far from the rules is the portal's float rounding (a warning); further is a wrong figure (an error). */
      approverPennyTolerancePence: z.int(),
      /** Days left under the 10-week rule at which the approver is warned: the ledger's own first reminder is 14 days before. */
      approverTenWeekWarningDays: z.int(),
    }),
    findings: z.record(z.string(), FindingRule),
    approverChecks: z.record(z.string(), ApproverCheckRule),
    notPensionable: z.record(z.string(), z.string()),
  })
  .check(
    z.refine(
      (file) => Object.values(file.approverChecks).every((rule) => !('sameSourceAs' in rule) || rule.sameSourceAs in file.findings),
      { message: 'an approver check shares the source of a finding code that does not exist', path: ['approverChecks'] },
    ),
  );

/** The rule catalogue, validated once at load. */
export const RULES = parseInput(RulesFile, rawRules, 'rules');
export const PARAMETERS = RULES.parameters;

export type FindingCode = keyof typeof rawRules.findings;
export type ApproverCheckCode = keyof typeof rawRules.approverChecks;

/** A finding whose message names the rule and ends with its source, in plain English. */
export function finding(code: FindingCode, detail: string, field?: string): Finding {
  const { severity, rule, source } = RULES.findings[code]!;
  const message = `${rule}: ${detail} Source: ${source}`;
  return field === undefined ? { code, severity, message, source } : { code, severity, message, field, source };
}

/** The one source an approver check cites: a rule checkForms also applies cites the same page there and here. */
function approverCheckSource(code: ApproverCheckCode): string {
  const rule = RULES.approverChecks[code]!;
  return 'source' in rule ? rule.source : RULES.findings[rule.sameSourceAs]!.source;
}

/** An approver check's finding: its message is a whole sentence that names what it checked, and ends with its source. */
export function approverFinding(code: ApproverCheckCode, severity: Severity, message: string): Finding {
  const source = approverCheckSource(code);
  return { code, severity, message: `${message} Source: ${source}`, source };
}
