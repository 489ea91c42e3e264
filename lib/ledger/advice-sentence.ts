import type { LedgerAdvice } from './forms';
import type { OtherRole, OtherRoleKind } from './schemas';

/*
 * The tier advice in one plain sentence, before the steps behind it. Pounds are whole and rounded down, as a locum
 * reads them ("£293,054"); the steps keep the pence. Annualisation: pension-rules.md §5.1 and §5.2; a role that covers
 * the whole year makes the year 365 days of service (year-end.md §3.2).
 */

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const pounds = (pence: number) => wholePounds.format(Math.floor(pence / 100));
const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

const KIND_WORDS: Record<OtherRoleKind, string> = {
  salaried: 'salaried role',
  partner: 'partner role',
  solo: 'out-of-hours (Solo) work',
};

/** "your salaried role (£30,000, the whole year)"; a role saved before roles had kinds is named by its description. */
function roleWords(role: OtherRole): string {
  const name = role.kind ? KIND_WORDS[role.kind] : role.description.trim() || 'other NHS role';
  const covers = role.fullYear ? 'the whole year' : `over ${days(role.days ?? 0)}`;
  return `your ${name} (${pounds(role.pensionablePayPence)}, ${covers})`;
}

function listed(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What the figure rests on: an estimate while the year runs, the year's own figure once it has ended. */
function outlook(advice: LedgerAdvice, today: string): string {
  return advice.basis.periodTo < today
    ? 'The year has ended, so this is the tier due for the whole year.'
    : 'This is an estimate and will change as you record more work.';
}

/** "You earned £4,014 in pensionable pay over 5 days. Spread over a whole year that is £293,054, in the 12.5% band. …" */
export function adviceSentence(advice: LedgerAdvice, today: string): string {
  const { locumPayPence, locumDays, roles } = advice.basis;
  const band = `in the ${advice.ratePercent}% band`;
  const locum =
    locumDays === 0
      ? 'You have no pensioned locum work recorded yet.'
      : `You earned ${pounds(locumPayPence)} in pensionable pay over ${days(locumDays)}.`;
  if (roles.length === 0) {
    if (locumDays === 0) return `${locum} Until you do, the advice is the lowest tier, ${advice.ratePercent}%. ${outlook(advice, today)}`;
    return `${locum} Spread over a whole year that is ${pounds(advice.annualisedPence)}, ${band}. ${outlook(advice, today)}`;
  }
  const totalPence = locumPayPence + roles.reduce((sum, role) => sum + role.pensionablePayPence, 0);
  const wholeYear = roles.some((role) => role.fullYear);
  const withRoles = `With ${listed(roles.map(roleWords))}, your NHS practitioner pay is ${pounds(totalPence)}`;
  const spread = wholeYear
    ? `${withRoles}. A role covers the whole year, so nothing is grossed up: ${pounds(advice.annualisedPence)} is ${band}.`
    : `${withRoles}. Spread over a whole year that is ${pounds(advice.annualisedPence)}, ${band}.`;
  return `${locum} ${spread} ${outlook(advice, today)}`;
}
