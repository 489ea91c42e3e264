import { describe, expect, it } from 'vitest';
import { locumAFromSummary } from '../../../lib/portal/read/locum-a-summary';
import { reviewFieldOf } from '../../../lib/portal/read/review-fields';
import { readSummary } from '../../../lib/portal/read/summary';

describe('reviewFieldOf: what a review page label names', () => {
  it.each([
    ['Locum fee excl. employer’s superannuation', 'fee'],
    ['Fee charged to the practice (excluding employer pension contribution)', 'fee'],
    ['Gross pay', 'fee'],
    ['Pensionable pay (90% of fee)', 'pensionable'],
    ['Employer contribution (14.38% of pensionable pay)', 'employer'],
    ['Employer cont.', 'employer'],
    ["Practice's pension contribution", 'employer'],
    ['Payment received on', 'paidOn'],
    ['When the practice paid', 'paidOn'],
    ['Date fee received', 'paidOn'],
    ['Date received', 'paidOn'],
    ['Date payment made', 'paidOn'],
    ['Final day worked', 'lastDay'],
    ['Start', 'firstDay'],
    ['Worked until', 'lastDay'],
    ['To', 'lastDay'],
    ['Periods of work', 'dates'],
    ['Surgery', 'practice'],
    ['Practice / ODS code', 'ods'],
    ['Submitted by', 'name'],
    ['Form ID', 'reference'],
  ])('"%s" is the %s', (label, field) => {
    expect(reviewFieldOf(label)).toBe(field);
  });

  it.each([
    'Total including employer contribution',
    'Gross total (fee + employer contribution)',
    'Total amount received from practice',
    'Invoice total inc. pension contribution',
    'Date submitted',
    'Invoice date',
    'Fee excluding VAT',
    'Payment reference',
    'Status',
  ])('"%s" is none of them', (label) => {
    expect(reviewFieldOf(label)).toBeUndefined();
  });
});

describe('locumAFromSummary on layouts other than a summary list', () => {
  const page = (body: string) => new DOMParser().parseFromString(`<main>${body}</main>`, 'text/html').querySelector('main')!;

  it('dates worked in a table with first and last day columns, long dates, a total including the employer share beside the fee', () => {
    const read = locumAFromSummary(
      readSummary(
        page(`<dl class="govuk-summary-list">
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Surgery</dt><dd class="govuk-summary-list__value">Elm Tree Surgery (Y99902)</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Total including employer contribution</dt><dd class="govuk-summary-list__value">£1,143.80</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Total fee</dt><dd class="govuk-summary-list__value">£1,000.00</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Payment received on</dt><dd class="govuk-summary-list__value">31 Mar 2026</dd></div></dl>
        <table class="govuk-table"><caption>Dates of work</caption><thead><tr><th>Date from</th><th>Worked until</th></tr></thead>
          <tbody><tr><td>2 March 2026</td><td>3 March 2026</td></tr><tr><td>9th March 2026</td><td>9th March 2026</td></tr></tbody></table>`),
      ),
    );
    expect(read).toEqual({
      practiceText: 'Elm Tree Surgery (Y99902)',
      odsCode: 'Y99902',
      periods: [
        { from: '2026-03-02', to: '2026-03-03' },
        { from: '2026-03-09', to: '2026-03-09' },
      ],
      feePence: 100000,
      paidOn: '2026-03-31',
    });
  });

  it('Bootstrap card rows: figures read, and a fee that is not an amount said plainly', () => {
    const read = locumAFromSummary(
      readSummary(
        page(`<div class="card"><div class="card-body">
          <div class="row"><div class="col-sm-4">Practice</div><div class="col-sm-8">Elm Tree Surgery</div></div>
          <div class="row"><div class="col-sm-4">Dates</div><div class="col-sm-8">02/03/2026 – 03/03/2026</div></div>
          <div class="row"><div class="col-sm-4">Locum fee</div><div class="col-sm-8">to follow</div></div></div></div>`),
      ),
    );
    expect(read).toEqual({ error: 'Could not read this Locum A: the locum fee "to follow" is not an amount of money.' });
  });
});
