// Pieces every Locum A variant shares: the page title, the locum's own details (pre-filled,
// pcse-portal.md B5) and the config for the live arithmetic script.
import { labels, rules, fmt } from '../lib/data.mjs';
import { parseMoney } from '../lib/money.mjs';
import { locumAAmounts } from '../static/js/calc.mjs';

export const la = labels.locumA;

export function labelFor(variant, key) {
  return la.variantLabels[variant]?.[key] ?? la.labels[key];
}

export function yourDetails(user) {
  return [
    ['name', la.labels.name, user.displayName],
    ['gmc', la.labels.gmc, user.gmcNumber],
    ['sd', la.labels.sd, user.sdNumber],
    ['ni', la.labels.ni, user.niNumber],
  ];
}

/** The server renders the same figures the page script would show, so a re-rendered form agrees. */
export function calculated(feeText) {
  const fee = parseMoney(feeText);
  return fee ? locumAAmounts(fee, rules) : { pensionable: '', employer: '' };
}

export const calcConfig = (selectors) => ({
  ...selectors,
  rules: { pensionableShare: rules.pensionableShare, employerRate: rules.employerRate },
});

export function tierHint(tierOptions) {
  return fmt(tierOptions.confirmed ? la.labels.tierHint : la.labels.tierUnconfirmed, { period: tierOptions.label });
}
