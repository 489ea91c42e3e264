// Which Locum As a Locum B can take (pcse-portal.md B9): approved ones not already on a B.
// Those still awaiting approval are listed greyed out; rejected and draft ones are not listed.

export function locumBCandidates(store, userId) {
  const own = store.locumAs.filter((a) => a.userId === userId && !a.locumBId);
  return {
    approved: own.filter((a) => a.status === 'Approved'),
    awaiting: own.filter((a) => a.status === 'Awaiting Practice Approval'),
  };
}
