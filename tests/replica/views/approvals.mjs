// D7 Locum A approvals for a practice user with the Locum Approver role (pcse-portal.md A2.2, A6.1):
// the list with a status filter and a "Review" action (A1.12 pattern), and the review page with
// Approve (confirming payment, adapted from paper Part 2, A2.11) and Reject (with a reason, B8).
import { html } from './html.mjs';
import { shownReference } from '../lib/hostile.mjs';
import { page, flashBanner } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { datesWorked, money, statusTag } from './format.mjs';
import { locumADetails } from './locum-a-record.mjs';
import { formatUk } from '../lib/dates.mjs';
import { rules } from '../lib/data.mjs';
import { APPROVALS_PATH } from '../lib/paths.mjs';

export const STATUS_FILTERS = [
  ['all', 'All'],
  ['awaiting', 'Awaiting Approval'],
  ['approved', 'Approved'],
  ['rejected', 'Rejected'],
];

export function approvalsListPage(ctx, { forms, filter }) {
  const rows = forms.map((a) => {
    const locum = ctx.store.user(a.userId);
    const action = a.status === 'Awaiting Practice Approval' ? 'Review' : 'View';
    return html`<tr>
      <td>${shownReference(ctx.store, a)}</td><td>${locum.displayName}</td><td>${locum.gmcNumber}</td><td>${datesWorked(a)}</td>
      <td class="num">${money(a.fee)}</td><td class="num">${money(a.pensionable)}</td><td class="num">${money(a.employer)}</td>
      <td>${formatUk(a.submitted)}</td><td>${statusTag(a.status)}</td>
      <td><a href="${APPROVALS_PATH}/Review/${a.ref}">${action}<span class="visually-hidden"> ${a.ref}</span></a></td>
    </tr>`;
  });
  const body = html`${flashBanner(ctx.flash)}
<h1 class="pcse-h1">Locum A Approvals</h1>
<form method="get" action="${APPROVALS_PATH}" class="filter-bar">
  <label for="status-filter">Status</label>
  <select id="status-filter" name="status">${STATUS_FILTERS.map(([v, t]) => html`<option value="${v}"${v === filter ? ' selected' : ''}>${t}</option>`)}</select>
  <button type="submit" class="pcse-button pcse-button--secondary">Apply</button>
</form>
${forms.length === 0 ? html`<p class="pcse-lead" id="no-forms">There are no Locum A forms to show.</p>` : ''}
<table class="pcse-table" id="approvals-table">
  <thead><tr><th scope="col">Reference</th><th scope="col">Locum name</th><th scope="col">GMC number</th><th scope="col">Dates worked</th><th scope="col" class="num">Fee (£)</th><th scope="col" class="num">Pensionable pay (£)</th><th scope="col" class="num">Employer contributions (£)</th><th scope="col">Submitted</th><th scope="col">Status</th><th scope="col">Action</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`;
  return page(ctx, { title: 'Locum A Approvals', tab: 'pensions', body });
}

function decisionForms(ctx, { errors, reason }) {
  const v = ctx.variant;
  return html`<div class="decision-forms">
  <form method="post" class="decision-form" id="approve-form">
    ${formTokens(ctx)}
    <h2 class="pcse-h2">Approve</h2>
    ${inlineError(v, errors, 'confirm', 'approve-confirm')}
    <div class="checkbox-row"><input type="checkbox" id="approve-confirm" name="confirm" value="yes">
    <label for="approve-confirm">I confirm that this practice has paid the GP locum the amount shown for the work declared.</label></div>
    <button type="submit" name="decision" value="approve" class="pcse-button">Approve</button>
  </form>
  <form method="post" class="decision-form" id="reject-form">
    ${formTokens(ctx)}
    <h2 class="pcse-h2">Reject</h2>
    <label for="rejection-reason" class="form-label">Reason for rejection <span class="required">*</span></label>
    ${inlineError(v, errors, 'reason', 'rejection-reason')}
    <textarea id="rejection-reason" name="reason" rows="4" maxlength="${rules.rejectionReasonMaxLength}">${reason}</textarea>
    <button type="submit" name="decision" value="reject" class="pcse-button pcse-button--warning">Reject</button>
  </form>
</div>`;
}

export function reviewPage(ctx, { a, errors = null, reason = '' }) {
  const awaiting = a.status === 'Awaiting Practice Approval';
  const hrefFor = (key) => (key === 'confirm' ? 'approve-confirm' : 'rejection-reason');
  const body = html`<h1 class="pcse-h1">Review Locum A ${shownReference(ctx.store, a)}</h1>
${errorSummary(ctx.variant, errors, hrefFor)}
${locumADetails(ctx.store, a)}
${awaiting ? decisionForms(ctx, { errors, reason }) : ''}
<p><a href="${APPROVALS_PATH}">Back to Locum A Approvals</a></p>`;
  return page(ctx, { title: `Review Locum A ${a.ref}`, tab: 'pensions', body });
}
