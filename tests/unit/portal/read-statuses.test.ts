import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatuses, statusFromText } from '../../../lib/portal/read/statuses';

const VARIANTS = ['classic', 'govuk', 'table'] as const;
const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/portal-pages/${name}.html`, 'utf8'), 'text/html');
const fragment = (html: string) => new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html').querySelector('main')!;

describe('readStatuses on the replica lists', () => {
  it.each(VARIANTS)('%s Locum A list', (variant) => {
    expect(readStatuses(page(`${variant}-a-list`))).toEqual([
      { reference: 'LA-000122', status: 'drafted', rawStatus: 'Draft' },
      { reference: 'LA-000121', status: 'rejected', rawStatus: 'Rejected' },
      { reference: 'LA-000120', status: 'submitted', rawStatus: 'Awaiting Practice Approval' },
      { reference: 'LA-000119', status: 'approved', rawStatus: 'Approved' },
      { reference: 'LA-000118', status: 'approved', rawStatus: 'Approved' },
      { reference: 'LA-000117', status: 'approved', rawStatus: 'Approved' },
      { reference: 'LA-000116', status: 'approved', rawStatus: 'Approved' },
      { reference: 'LA-000115', status: 'approved', rawStatus: 'Approved' },
    ]);
  });

  it.each(VARIANTS)('%s Locum B list: the unique payment reference column is the reference', (variant) => {
    expect(readStatuses(page(`${variant}-b-list`))).toEqual([
      { reference: '84123456LOCJAN2026-01', status: 'submitted', rawStatus: 'Submitted – awaiting payment' },
      { reference: '84123456LOCDEC2025-01', status: 'paid', rawStatus: 'Paid' },
    ]);
  });

  it.each(VARIANTS)('%s approvals list', (variant) => {
    expect(readStatuses(page(`${variant}-approvals`)).map((s) => [s.reference, s.status])).toEqual([
      ['LA-000123', 'submitted'],
      ['LA-000117', 'approved'],
      ['LA-000115', 'approved'],
    ]);
  });
});

describe('readStatuses on other markup', () => {
  it('a header row of th without thead, a Reason column, and unknown or negated statuses skipped', () => {
    const root = fragment(`<table>
      <tr><th>Practice</th><th>Status</th><th>Form reference</th><th>Reason</th></tr>
      <tr><td>Elm Tree</td><td>Rejected</td><td> LA-1 </td><td>Dates do not match our records</td></tr>
      <tr><td>Elm Tree</td><td>Approved</td><td>LA-2</td><td>–</td></tr>
      <tr><td>Elm Tree</td><td>Withdrawn</td><td>LA-3</td><td>Asked by locum</td></tr>
      <tr><td>Elm Tree</td><td>Not approved</td><td>LA-4</td><td></td></tr>
      <tr><td>Elm Tree</td><td>Awaiting payment</td><td>LA-5</td><td></td></tr>
      <tr><td>Elm Tree</td><td>Pending</td><td>LA-6</td><td>n/a</td></tr>
      <tr><td>Elm Tree</td><td>Submitted</td><td></td><td></td></tr>
    </table>`);
    expect(readStatuses(root)).toEqual([
      { reference: 'LA-1', status: 'rejected', rawStatus: 'Rejected', reason: 'Dates do not match our records' },
      { reference: 'LA-2', status: 'approved', rawStatus: 'Approved' },
      { reference: 'LA-5', status: 'submitted', rawStatus: 'Awaiting payment' },
      { reference: 'LA-6', status: 'submitted', rawStatus: 'Pending' },
    ]);
  });

  it('lines columns up across a colspan, and ignores tables without both columns', () => {
    const root = fragment(`
      <table><thead><tr><th colspan="2">Reference and practice</th><th>Status</th></tr></thead>
      <tbody><tr><td>LA-7</td><td>Elm Tree</td><td>Paid</td></tr></tbody></table>
      <table><thead><tr><th>Reference</th><th>Fee</th></tr></thead><tbody><tr><td>LA-8</td><td>Approved</td></tr></tbody></table>`);
    expect(readStatuses(root)).toEqual([{ reference: 'LA-7', status: 'paid', rawStatus: 'Paid' }]);
  });

  it('other column wordings: "Form no." and "Progress"; a reference column with no heading found by what it holds', () => {
    const root = fragment(`
      <table class="table table-striped"><thead><tr><th>Form no.</th><th>Practice</th><th>Progress</th></tr></thead>
        <tbody><tr><th scope="row">LOCA/2026/004512</th><td>Elm Tree</td><td>Returned to locum</td></tr></tbody></table>
      <table><tr><th></th><th>Month</th><th>Current status</th><th>GMC number</th></tr>
        <tr><td>12345678LOCAPR2026-01</td><td>April 2026</td><td>Payment outstanding</td><td>7012345</td></tr></table>`);
    expect(readStatuses(root)).toEqual([
      { reference: 'LOCA/2026/004512', status: 'rejected', rawStatus: 'Returned to locum' },
      { reference: '12345678LOCAPR2026-01', status: 'submitted', rawStatus: 'Payment outstanding' },
    ]);
  });

  it('cards, one form each: the title is the reference, a status row after it (GOV.UK summary cards, Bootstrap cards)', () => {
    const root = fragment(`
      <div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">A-2026-004519</h2></div>
        <div class="govuk-summary-card__content"><dl class="govuk-summary-list">
          <div class="govuk-summary-list__row"><dt>Practice</dt><dd>Elm Tree</dd></div>
          <div class="govuk-summary-list__row"><dt>Approval status</dt><dd>Included in Locum B</dd></div></dl></div></div>
      <div class="card"><div class="card-body"><h5 class="card-title"><a href="/v/1">LA-004630</a></h5>
        <p class="card-text">Fee: £100.00</p><p class="card-text">Status: Draft</p></div></div>
      <div class="card"><div class="card-body"><h5 class="card-title">LA-004631</h5><p>Status: Cancelled</p></div></div>`);
    expect(readStatuses(root)).toEqual([
      { reference: 'A-2026-004519', status: 'approved', rawStatus: 'Included in Locum B' },
      { reference: 'LA-004630', status: 'drafted', rawStatus: 'Draft' },
    ]);
  });

  it('an ARIA grid list', () => {
    const root = fragment(`<div role="table"><div role="row"><span role="columnheader">ID</span><span role="columnheader">State</span></div>
      <div role="row"><span role="rowheader">LA-004512</span><span role="cell">Awaiting approval</span></div></div>`);
    expect(readStatuses(root)).toEqual([{ reference: 'LA-004512', status: 'submitted', rawStatus: 'Awaiting approval' }]);
  });

  it('maps PCSE status texts, and guesses none', () => {
    expect(statusFromText('Awaiting Practice Approval')).toBe('submitted');
    expect(statusFromText('Approved – awaiting payment')).toBe('approved');
    expect(statusFromText('Submitted – awaiting payment')).toBe('submitted');
    expect(statusFromText('DRAFT')).toBe('drafted');
    expect(statusFromText('Paid')).toBe('paid');
    expect(statusFromText('Unpaid')).toBeUndefined();
    expect(statusFromText('Cancelled')).toBeUndefined();
    expect(statusFromText('Declined by practice')).toBe('rejected');
    expect(statusFromText('Sent to practice')).toBe('submitted');
    expect(statusFromText('Sent back to locum')).toBe('rejected');
    expect(statusFromText('')).toBeUndefined();
  });
});

describe('a reference cell with more than the reference', () => {
  it('gives the reference by its shape, as a receipt keeps it', () => {
    document.body.innerHTML = `<table><tr><th>Reference</th><th>Status</th></tr>
      <tr><td>LA-000123 (amended)</td><td>Approved</td></tr><tr><td>84123456LOCMAR2026-01 new</td><td>Paid</td></tr></table>`;
    expect(readStatuses(document.body).map((row) => row.reference)).toEqual(['LA-000123', '84123456LOCMAR2026-01']);
  });
});
