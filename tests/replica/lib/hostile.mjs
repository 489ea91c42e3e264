// The hostile variant: organisation, user and practice names, references, invoice references, a rejection reason
// and field labels that carry markup and script (data/hostile.json). The pages escape it, as every page does, so the
// browser shows it as text; the test is whether the extension does too.
import { hostile } from './data.mjs';

/** Puts the hostile text into a freshly seeded state. */
export function makeHostile(state) {
  for (const org of state.organisations) org.name = hostile.organisations[org.code] ?? org.name;
  for (const user of state.users) user.displayName = hostile.users[user.id] ?? user.displayName;
  for (const a of state.locumAs) {
    if (a.invoiceRef) a.invoiceRef = hostile.invoiceRef;
    if (a.rejectionReason) a.rejectionReason = hostile.rejectionReason;
  }
}

/** Field labels to apply with relabel(), under any the test gives itself. */
export const hostileLabels = (overrides = {}) => ({
  locumA: { ...hostile.labels.locumA, ...overrides.locumA },
  locumB: { ...hostile.labels.locumB, ...overrides.locumB },
});

/** A Locum A's reference as the page shows it: the plain one stays in URLs and form values, which the server reads. */
export const shownReference = (store, a) => (store.hostile ? `${a.ref}${hostile.referenceSuffix}` : a.ref);
