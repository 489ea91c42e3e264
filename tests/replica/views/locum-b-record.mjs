// The Locum B success page and view (D9): the payment reference with its "-01" suffix and the
// amount due, a "Pay with GOV.UK Pay" button at the bottom (pcse-portal.md A3.2) that goes to a local
// stub only, and the BACS reference without the suffix (A3.4: "ignore the suffix").
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { money, statusTag, summaryList } from './format.mjs';
import { formatMonth, formatUk } from '../lib/dates.mjs';
import { labels } from '../lib/data.mjs';
import { formatPounds } from '../lib/money.mjs';
import { LOCUM_A_PATH, LOCUM_B_PATH } from '../lib/paths.mjs';

const l = labels.locumB.labels;

function payment(ctx, b) {
  if (b.status === 'Paid') return html`<p class="pcse-lead" id="paid-on">Paid on ${formatUk(b.paid)}.</p>`;
  const suffix = b.reference.slice(b.bacsReference.length + 1);
  return html`<form method="post" action="${LOCUM_B_PATH}/Pay/${b.id}" class="pay-form">
  ${formTokens(ctx)}
  <button type="submit" class="pcse-button pcse-button--pay">Pay with GOV.UK Pay</button>
</form>
<div class="pcse-inset" id="bacs-reference"><p>Paying by BACS instead? Use reference <strong>${b.bacsReference}</strong> (ignore the -${suffix}).</p></div>`;
}

export function locumBRecordPage(ctx, { b, heading }) {
  const boxes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k) => [l[k], money(b.boxes[k])]);
  const body = html`<div class="pcse-panel pcse-panel--confirmation">
  <h1 class="pcse-panel__title">${heading}</h1>
  <p class="pcse-panel__body">Unique payment reference: <strong id="payment-reference">${b.reference}</strong></p>
  <p class="pcse-panel__body">Amount due: <strong id="amount-due">${formatPounds(b.boxes.i)}</strong></p>
</div>
${summaryList(
  [
    ['Month', formatMonth(b.month)],
    ['Status', statusTag(b.status)],
    [l.tier, b.tier ? `${b.tier}%` : 'As entered on each Locum A'],
    ['Locum A forms', html`${b.locumARefs.map((ref, k) => html`${k ? ', ' : ''}<a href="${LOCUM_A_PATH}/View/${ref}">${ref}</a>`)}`],
    ['Submitted', formatUk(b.submitted)],
    ...boxes,
  ],
  'locum-b-details',
)}
${payment(ctx, b)}
<p><a href="${LOCUM_B_PATH}">Back to Locum B Forms</a></p>`;
  return page(ctx, { title: heading, tab: 'pensions', body });
}
