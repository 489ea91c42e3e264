// D7: the practice's Locum Approver approves or rejects Locum As for the selected organisation.
import { redirect, send } from '../lib/http.mjs';
import { APPROVALS_PATH } from '../lib/paths.mjs';
import { messages, rules } from '../lib/data.mjs';
import { setFlash, takeFlash } from '../lib/flash.mjs';
import { FormErrors } from '../lib/form-errors.mjs';
import { approvalsListPage, reviewPage, STATUS_FILTERS } from '../views/approvals.mjs';

const m = messages.approvals;
const FILTER_STATUS = { awaiting: 'Awaiting Practice Approval', approved: 'Approved', rejected: 'Rejected' };

function list(ctx) {
  const requested = ctx.url.searchParams.get('status');
  const filter = STATUS_FILTERS.some(([v]) => v === requested) ? requested : 'all';
  const forms = ctx.store.locumAs
    .filter((a) => a.ods === ctx.org.code && a.status !== 'Draft')
    .filter((a) => filter === 'all' || a.status === FILTER_STATUS[filter])
    .reverse();
  ctx.flash = takeFlash(ctx.session);
  send(ctx.res, 200, approvalsListPage(ctx, { forms, filter }));
}

function practiceForm(ctx) {
  const a = ctx.store.locumA(ctx.params[0]);
  return a && a.ods === ctx.org.code && a.status !== 'Draft' ? a : null;
}

function review(ctx) {
  const a = practiceForm(ctx);
  if (!a) return send(ctx.res, 404, 'Not found', 'text/plain; charset=utf-8');
  send(ctx.res, 200, reviewPage(ctx, { a }));
}

function decide(ctx) {
  const a = practiceForm(ctx);
  if (!a) return send(ctx.res, 404, 'Not found', 'text/plain; charset=utf-8');
  const errors = new FormErrors();
  const decision = ctx.form.get('decision');
  const reason = ctx.form.get('reason').trim();
  if (a.status !== 'Awaiting Practice Approval') errors.add('confirm', m.notAwaiting);
  else if (decision === 'approve' && ctx.form.get('confirm') !== 'yes') errors.add('confirm', m.confirmRequired);
  else if (decision === 'reject' && !reason) errors.add('reason', m.reasonRequired);
  else if (decision === 'reject' && reason.length > rules.rejectionReasonMaxLength) errors.add('reason', m.reasonTooLong);
  else if (decision !== 'approve' && decision !== 'reject') errors.add('confirm', m.confirmRequired);
  if (errors.size > 0) return send(ctx.res, 200, reviewPage(ctx, { a, errors, reason }));
  Object.assign(a, { status: decision === 'approve' ? 'Approved' : 'Rejected', decided: ctx.store.today(), decidedBy: ctx.user.id });
  if (decision === 'reject') a.rejectionReason = reason;
  setFlash(ctx.session, decision === 'approve' ? `${m.approved}: ${a.ref}` : `${m.rejected}: ${a.ref}`);
  redirect(ctx.res, APPROVALS_PATH);
}

export const approvalRoutes = [
  { method: 'GET', path: APPROVALS_PATH, role: 'approver', handler: list },
  { method: 'GET', path: /^\/GPP\/Locum\/Approvals\/Review\/(LA-\d+)$/, role: 'approver', handler: review },
  { method: 'POST', path: /^\/GPP\/Locum\/Approvals\/Review\/(LA-\d+)$/, role: 'approver', handler: decide },
];
