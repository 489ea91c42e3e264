import * as z from 'zod/mini';
import { PARAMETERS } from './rules';
import { formatUkDate } from '../shared/dates';
import { PensionInputError, parseInput } from './errors';
import { divideHalfUp, formatBound, formatPence } from '../shared/money';
import { BUILT_IN_RATES, ratePeriodCovering, type RateBook } from './rate-book';
import type { RatePeriod } from './rate-periods';
import { AdviseTierInput, Days, type OtherRoleKind } from './schemas';
import { Pence } from './schemas';
import { bandFor, type Tier } from './tiers';

const YEAR_DAYS = PARAMETERS.annualisationDays;
/** Built once: building a zod schema costs more than using it, and adviseTier annualises once per month of a ledger. */
const AnnualiseInput = z.object({ pensionablePayPence: Pence, daysOfService: Days });

/**
 * Pay grossed up to a year: pay × 365 ÷ days of service, half-up to the penny (pension-rules.md §5.1).
 * Every source uses 365, leap years included (§5.1, §9.5).
 */
export function annualise(pensionablePayPence: number, daysOfService: number): number {
  const input = parseInput(AnnualiseInput, { pensionablePayPence, daysOfService }, 'annualise');
  if (input.daysOfService === 0) throw new PensionInputError('annualise: days of service must be at least 1 to annualise pay.');
  return divideHalfUp(input.pensionablePayPence * YEAR_DAYS, input.daysOfService);
}

/** `daysOfService` is the divisor the annualisation used (365 when a role covers the whole year), for the Type 2 pack. */
export type TierAdvice = {
  annualisedPence: number;
  ratePercent: number;
  tier: Tier;
  ratePeriodId: string;
  daysOfService: number;
  steps: string[];
};

function bandText(tier: Tier): string {
  if (tier.toPence === null) return `${formatBound(tier.fromPence)} and over`;
  return tier.fromPence === 0 ? `up to ${formatBound(tier.toPence)}` : `${formatBound(tier.fromPence)} to ${formatBound(tier.toPence)}`;
}

/** How a step names a role: by its kind when the caller gave one (issue 18), else as the engine always has. */
const ROLE_NAMES: Record<OtherRoleKind, string> = {
  salaried: 'your salaried (Type 2) role',
  partner: 'your partner (Type 1) role',
  solo: 'your Solo/out-of-hours contract',
};

/**
 * Why a whole-year role makes the year 365 days. Solo/OOH: a GP with an OOH contract in place all year "will be considered in
 * the scheme 365 days of the year" (BMA, quoted by NASGP; year-end.md §3.2, pension-rules.md §5.2). Type 1/2: days covered by
 * a continuous contract count in full (pension-rules.md §5.2; NHSBSA's Dr C, §5.4).
 */
function wholeYearStep(kind: OtherRoleKind | undefined): string {
  if (kind === undefined) return `Days of service: another practitioner role covers the whole year, so ${YEAR_DAYS}.`;
  const because =
    kind === 'solo'
      ? 'a GP with an out-of-hours contract in place all year is "considered in the scheme 365 days of the year" (BMA guidance)'
      : 'days covered by a continuous practitioner contract count in full';
  return `Days of service: ${ROLE_NAMES[kind]} covers the whole scheme year, so ${YEAR_DAYS}: ${because}.`;
}

function daysOfService(input: z.output<typeof AdviseTierInput>): { days: number; why: string } {
  const roles = input.otherRoles ?? [];
  // A Solo/OOH contract names itself first: it is the BMA's case for 365 days (year-end.md §3.2).
  const wholeYear = roles.find((role) => role.fullYear && role.kind === 'solo') ?? roles.find((role) => role.fullYear);
  if (wholeYear) return { days: YEAR_DAYS, why: wholeYearStep(wholeYear.kind) };
  const counted = roles.filter((role) => (role.days ?? 0) > 0);
  const otherDays = counted.reduce((sum, role) => sum + (role.days ?? 0), 0);
  const total = input.locumDays + otherDays;
  const named = counted.some((role) => role.kind !== undefined);
  const roleParts = named
    ? counted.map((role) => ` + ${role.days} days in ${role.kind ? ROLE_NAMES[role.kind] : 'another practitioner role'}`).join('')
    : ` + ${otherDays} days in other roles`;
  const parts = otherDays > 0 ? `${input.locumDays} locum days${roleParts} = ${total}` : `${total} days worked as a locum`;
  if (total > YEAR_DAYS) return { days: YEAR_DAYS, why: `Days of service: ${parts}, capped at ${YEAR_DAYS}.` };
  return { days: total, why: `Days of service: ${parts}. Every day not worked is a break, and all breaks count (Form A 2021/22).` };
}

function periodSteps(period: RatePeriod): string[] {
  const steps = [
    `Scheme year ${period.schemeYear}: the tier table in force from ${formatUkDate(period.from)} to ${formatUkDate(period.to)} applies (${period.tierSource}).`,
  ];
  if (period.status !== 'confirmed') steps.push(period.note);
  return steps;
}

function supersededStep(period: RatePeriod, annualisedPence: number, ratePercent: number): string[] {
  if (!period.superseded) return [];
  const old = bandFor(period.superseded.tiers, period.bandUnit, annualisedPence);
  if (old.ratePercent === ratePercent) return [];
  return [
    `Contributions paid before ${formatUkDate(period.superseded.until)} on the superseded CPI table would have used ${old.ratePercent}%; they are corrected to ${ratePercent}% at year end (${period.superseded.source}).`,
  ];
}

/**
 * The tier a locum should tick for a scheme year, from all practitioner pay (actual plus expected) and days of service
 * (pension-rules.md §1.1, §5). Other roles' pay is pensionable pay as that role reports it: Solo is 100% of the fee, not 90%
 * (year-end.md §3.2). Days: 365 when a role covers the whole year, else locum days plus each role's days, at most 365.
 */
export function adviseTier(input: AdviseTierInput, rates: RateBook = BUILT_IN_RATES): TierAdvice {
  const checked = parseInput(AdviseTierInput, input, 'adviseTier');
  const period = ratePeriodCovering(checked.date, rates);
  const otherPay = (checked.otherRoles ?? []).reduce((sum, role) => sum + role.pensionablePayPence, 0);
  const totalPence = checked.locumPensionablePayPence + otherPay;
  const { days, why } = daysOfService(checked);
  if (days === 0)
    throw new PensionInputError('adviseTier: enter the days you expect to work this year; pay cannot be annualised over 0 days.');
  const annualisedPence = annualise(totalPence, days);
  const tier = bandFor(period.tiers, period.bandUnit, annualisedPence);
  const payStep =
    otherPay > 0
      ? `Pensionable pay from all practitioner work: locum ${formatPence(checked.locumPensionablePayPence)} + other roles ${formatPence(otherPay)} = ${formatPence(totalPence)}.`
      : `Pensionable pay from locum work: ${formatPence(totalPence)}.`;
  const steps = [
    ...periodSteps(period),
    payStep,
    why,
    `Annualised pay: ${formatPence(totalPence)} × ${YEAR_DAYS} ÷ ${days} = ${formatPence(annualisedPence)}.`,
    `${formatPence(annualisedPence)} falls in the band ${bandText(tier)}, so the tier is ${tier.ratePercent}%.`,
    ...supersededStep(period, annualisedPence, tier.ratePercent),
  ];
  return { annualisedPence, ratePercent: tier.ratePercent, tier, ratePeriodId: period.id, daysOfService: days, steps };
}
