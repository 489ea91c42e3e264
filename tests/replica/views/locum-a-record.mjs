// The Locum A success page (D5: "Locum A form submitted", a reference like LA-000123) and the
// read-only view of one Locum A. Wording invented [X].
import { html } from './html.mjs';
import { shownReference } from '../lib/hostile.mjs';
import { page } from './layout.mjs';
import { datesWorked, money, practiceLabel, statusTag, summaryList } from './format.mjs';
import { formatUk } from '../lib/dates.mjs';
import { labels } from '../lib/data.mjs';
import { LOCUM_A_PATH, LOCUM_B_PATH } from '../lib/paths.mjs';

const l = labels.locumA.labels;

export function locumADetails(store, a) {
  const locumB = a.locumBId ? store.locumB(a.locumBId) : null;
  return summaryList(
    [
      ['Reference', html`<span id="locum-a-reference">${shownReference(store, a)}</span>`],
      ['Status', statusTag(a.status)],
      ['GP locum', store.user(a.userId).displayName],
      ['GMC number', store.user(a.userId).gmcNumber],
      [l.practiceName, practiceLabel(store, a.ods)],
      [l.workType, a.workType === 'appraisal' ? l.workTypeAppraisal : l.workTypePractice],
      ['Dates worked', datesWorked(a)],
      [l.fee, money(a.fee)],
      [l.pensionable, money(a.pensionable)],
      [l.employer, money(a.employer)],
      [l.datePaid, formatUk(a.datePaid)],
      a.tier && [l.tier, `${a.tier}%`],
      a.invoiceRef && ['Invoice reference', a.invoiceRef],
      ['Submitted', formatUk(a.submitted)],
      a.rejectionReason && ['Reason for rejection', html`<span id="rejection-reason">${a.rejectionReason}</span>`],
      locumB && ['Included on Locum B', html`<a href="${LOCUM_B_PATH}/View/${locumB.id}">${locumB.reference}</a>`],
    ],
    'locum-a-details',
  );
}

export function locumASubmittedPage(ctx, { a }) {
  const practice = ctx.store.organisation(a.ods);
  const body = html`<div class="pcse-panel pcse-panel--confirmation">
  <h1 class="pcse-panel__title">Locum A form submitted</h1>
  <p class="pcse-panel__body">Your reference<br><strong id="submitted-reference">${shownReference(ctx.store, a)}</strong></p>
</div>
<p class="pcse-lead">Your form has been sent to ${practice.name} for approval. You will be notified when it has been approved or rejected.</p>
${locumADetails(ctx.store, a)}
<p><a href="${LOCUM_A_PATH}">Back to Locum A Forms</a></p>`;
  return page(ctx, { title: 'Locum A form submitted', tab: 'pensions', body });
}

export function locumAViewPage(ctx, { a }) {
  const body = html`<h1 class="pcse-h1">Locum A ${shownReference(ctx.store, a)}</h1>${locumADetails(ctx.store, a)}<p><a href="${LOCUM_A_PATH}">Back to Locum A Forms</a></p>`;
  return page(ctx, { title: `Locum A ${a.ref}`, tab: 'pensions', body });
}
