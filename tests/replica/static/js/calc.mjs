// The portal's own arithmetic, shared by the page scripts and the server.
// Like an ordinary web form it rounds each value to pence with toFixed as it goes, so binary
// floating point can make it differ by a penny from an exact engine (e.g. 1.005.toFixed(2) is "1.00").
// Rates are passed in from the server's data (90% and 14.38%: pension-rules.md §2.1).

const money = (n) => Number(n).toFixed(2);
const sum = (values) => values.reduce((total, v) => total + Number(v), 0);

/** Box 2 and box 3 of a Locum A from the fee. */
export function locumAAmounts(fee, { pensionableShare, employerRate }) {
  const pensionable = money(Number(fee) * pensionableShare);
  const employer = money(Number(pensionable) * employerRate);
  return { pensionable, employer };
}

/**
 * Boxes a–i of a Locum B. `rows` are the selected Locum As ({ pensionable, employer, tier }).
 * With a form-level `tier`, b = a × tier; without one (tier asked on each Locum A), b is the sum of
 * each row's pensionable pay × its own tier, each rounded to pence.
 */
export function locumBBoxes({ rows, tier, extras }) {
  const a = money(sum(rows.map((r) => r.pensionable)));
  const b = tier
    ? money((Number(a) * Number(tier)) / 100)
    : money(sum(rows.map((r) => money((Number(r.pensionable) * Number(r.tier)) / 100))));
  const g = money(Number(b) + sum(['c', 'd', 'e', 'f'].map((k) => extras[k] || 0)));
  const h = money(sum(rows.map((r) => r.employer)));
  const i = money(Number(g) + Number(h));
  return { a, b, c: money(extras.c || 0), d: money(extras.d || 0), e: money(extras.e || 0), f: money(extras.f || 0), g, h, i };
}

/**
 * What the form shows while it is being filled: a, h and j always; b once a tier is known; g and i
 * once the optional boxes c–f are valid amounts (an invalid one is passed as null).
 */
export function locumBPreview({ rows, tier, perRowTier, extras, priorCumulative }) {
  const valid = Object.values(extras).every((v) => v !== null);
  const full = locumBBoxes({ rows, tier: perRowTier ? null : tier, extras: valid ? extras : {} });
  const tierKnown = perRowTier || Boolean(tier);
  return {
    a: full.a,
    b: tierKnown ? full.b : '',
    g: tierKnown && valid ? full.g : '',
    h: full.h,
    i: tierKnown && valid ? full.i : '',
    j: money(Number(priorCumulative) + Number(full.a)),
  };
}
