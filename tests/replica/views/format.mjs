// Small formatters shared by the list and record pages (en-GB dates, £1,234.56).
import { html } from './html.mjs';
import { formatUk } from '../lib/dates.mjs';
import { formatMoney } from '../lib/money.mjs';

export function datesWorked(a) {
  return a.periods.map((p) => (p.first === p.last ? formatUk(p.first) : `${formatUk(p.first)} – ${formatUk(p.last)}`)).join('; ');
}

export const money = (value) => (value === '' || value === undefined ? '' : formatMoney(value));

export function practiceLabel(store, ods) {
  const org = store.organisation(ods);
  return org ? `${org.name} (${org.code})` : ods;
}

const STATUS_CLASS = { Approved: 'approved', Paid: 'approved', Rejected: 'rejected', Draft: 'draft' };

export function statusTag(status) {
  return html`<span class="status-tag status-tag--${STATUS_CLASS[status] ?? 'pending'}">${status}</span>`;
}

/** A two-column list of label/value rows for read-only record pages. */
export function summaryList(rows, id = '') {
  return html`<dl class="summary-list"${id ? html` id="${id}"` : ''}>
    ${rows.filter(Boolean).map(([label, value]) => html`<div class="summary-list__row"><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}
