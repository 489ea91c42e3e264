import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { penceIn, readSummary } from '../../../lib/portal/read/summary';
import { visibleText } from '../../../lib/portal/read/visible-text';

const VARIANTS = ['classic', 'govuk', 'table'] as const;
const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/portal-pages/${name}.html`, 'utf8'), 'text/html');
const fragment = (html: string) => new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html').querySelector('main')!;

describe('readSummary on the replica pages', () => {
  it.each(VARIANTS)('%s review page: every row of the Locum A, in page order, and nothing from the decision forms', (variant) => {
    const pairs = readSummary(page(`${variant}-review`));
    expect(pairs.slice(0, 11)).toEqual([
      { label: 'Reference', value: 'LA-000123' },
      { label: 'Status', value: 'Awaiting Practice Approval' },
      { label: 'GP locum', value: 'Dr Alex Morgan' },
      { label: 'GMC number', value: '7012345' },
      { label: 'Practice name', value: 'Riverside Medical Centre (Y99901)' },
      { label: 'Type of work', value: 'GP practice locum work' },
      { label: 'Dates worked', value: '02/03/2026 – 03/03/2026' },
      { label: 'Locum fee, excluding employer contributions (£)', value: '2,194.45' },
      { label: 'Pensionable pay (90% of fee) (£)', value: '1,975.00' },
      { label: 'Employer contributions (14.38%) (£)', value: '284.00' },
      { label: 'Date paid', value: '10/03/2026' },
    ]);
    expect(pairs.at(-1)).toEqual({ label: 'Submitted', value: '20/03/2026' });
    expect(pairs.map((p) => p.label).join('|')).not.toMatch(/Reason for rejection|I confirm/);
  });

  // The Locum A form shows "your details" as span.form-label rows (classic), a GOV.UK summary list and th+td rows (table).
  it.each(VARIANTS)('%s Locum A form: the read-only details, and no pair for a field to fill', (variant) => {
    const pairs = readSummary(page(`${variant}-a-form`));
    expect(pairs.slice(0, 4)).toEqual([
      { label: 'Name', value: 'Dr Alex Morgan' },
      { label: 'GMC number', value: '7012345' },
      { label: 'Pension scheme membership number (SD number)', value: '84123456' },
      { label: 'National Insurance number', value: 'QQ123456C' },
    ]);
    expect(pairs.find((p) => /ODS code|Type of work|fee/i.test(p.label))).toBeUndefined();
  });

  it.each(VARIANTS)('%s Locum B confirmation: "Label: value" lines and the dl rows', (variant) => {
    const pairs = readSummary(page(`${variant}-b-confirm`));
    expect(pairs.slice(0, 3)).toEqual([
      { label: 'Unique payment reference', value: '84123456LOCDEC2025-01' },
      { label: 'Amount due', value: '£585.44' },
      { label: 'Month', value: 'December 2025' },
    ]);
    expect(pairs).toContainEqual({ label: 'Locum A forms', value: 'LA-000115, LA-000116' });
    expect(pairs).toContainEqual({ label: 'i. Total to pay (g + h) (£)', value: '585.44' });
  });
});

describe('readSummary on other shapes', () => {
  it('reads a table of two td cells as rows, and a table with column headers cell by cell under each column name', () => {
    const root = fragment(`
      <table><tr><td>Locum name</td><td> Dr   Jo Bloggs </td></tr><tr><td>Fee</td><td>£500.00</td></tr></table>
      <table><tr><th>Reference</th><th>Fee</th><th>Status</th></tr><tr><td>LA-1</td><td>1.00</td><td>Draft</td></tr></table>
      <table><thead><tr><th>First day worked</th><th>Last day worked</th></tr></thead>
        <tbody><tr><td>02/03/2026</td><td>03/03/2026</td></tr><tr><td colspan="2">05/03/2026</td></tr></tbody></table>`);
    expect(readSummary(root)).toEqual([
      { label: 'Locum name', value: 'Dr Jo Bloggs' },
      { label: 'Fee', value: '£500.00' },
      { label: 'Reference', value: 'LA-1' },
      { label: 'Fee', value: '1.00' },
      { label: 'Status', value: 'Draft' },
      { label: 'First day worked', value: '02/03/2026' },
      { label: 'Last day worked', value: '03/03/2026' },
      { label: 'First day worked', value: '05/03/2026' },
    ]);
  });

  it('a table with a row label and a value per column gives one pair per value', () => {
    const root = fragment(`<table><tr><th scope="row">First day</th><td>02/03/2026</td><td>09/03/2026</td></tr>
      <tr><th scope="row">Last day</th><td>03/03/2026</td><td>09/03/2026</td></tr></table>`);
    expect(readSummary(root).map(({ label, value }) => `${label}=${value}`)).toEqual([
      'First day=02/03/2026',
      'First day=09/03/2026',
      'Last day=03/03/2026',
      'Last day=09/03/2026',
    ]);
  });

  it('reads "Label: value" paragraphs, one pair a line, and not a time of day', () => {
    const root = fragment(`
      <p>Reference: <strong>LA-000999</strong></p>
      <p>Date paid: 10/03/2026<br>Fee:   £1,000.00</p>
      <p>Submitted at 10:30 today</p>
      <p>Just a sentence.</p>`);
    expect(readSummary(root)).toEqual([
      { label: 'Reference', value: 'LA-000999' },
      { label: 'Date paid', value: '10/03/2026' },
      { label: 'Fee', value: '£1,000.00' },
    ]);
  });

  it('reads label + value rows (label element or class), strips a trailing colon, and skips labels of fields', () => {
    const root = fragment(`
      <div class="form-row"><label>Practice:</label> <span>Elm Tree Surgery (Y99902)</span></div>
      <div class="row"><span class="control-label">Date paid</span> 12/02/2026</div>
      <div class="form-row"><label for="fee">Fee</label><input id="fee" value="100"></div>
      <div class="form-row"><span class="form-label">Notes</span><span><textarea></textarea></span></div>`);
    expect(readSummary(root)).toEqual([
      { label: 'Practice', value: 'Elm Tree Surgery (Y99902)' },
      { label: 'Date paid', value: '12/02/2026' },
    ]);
  });

  it('keeps visible line breaks in a value, takes the value dd (not GOV.UK actions) and skips a dd holding a field', () => {
    const root = fragment(`
      <dl>
        <div><dt>Dates worked</dt><dd>02/03/2026 – 03/03/2026<br>05/03/2026</dd><dd><a href="#">Change</a></dd></div>
        <div><dt>Fee</dt><dd><input name="fee" value="5"></dd></div>
        <dt>Date paid</dt><dd><input type="hidden" name="x" value="1">10/03/2026</dd>
      </dl>`);
    expect(readSummary(root)).toEqual([
      { label: 'Dates worked', value: '02/03/2026 – 03/03/2026\n05/03/2026' },
      { label: 'Date paid', value: '10/03/2026' },
    ]);
  });

  it('Bootstrap rows and card parts: a short label then its value; a form group with a field and its hint is not a pair', () => {
    const root = fragment(`
      <div class="card"><div class="card-body">
        <div class="row"><div class="col-sm-4 fw-bold">Locum fee</div><div class="col-sm-8">£1,000.00</div></div>
        <div class="row"><div class="col-sm-4"><strong>Dates of work</strong></div><div class="col-sm-8"><p>02/03/2026 to 03/03/2026</p><p>09/03/2026</p></div></div>
      </div></div>
      <div class="card"><div class="card-header">Date of payment</div><div class="card-body"><p class="card-text">10/03/2026</p></div></div>
      <div class="govuk-form-group"><label class="govuk-label" for="x">Practice code</label><div class="govuk-hint">For example, Y12345</div><input id="x"></div>`);
    expect(readSummary(root)).toEqual([
      { label: 'Locum fee', value: '£1,000.00' },
      { label: 'Dates of work', value: '02/03/2026 to 03/03/2026\n09/03/2026' },
      { label: 'Date of payment', value: '10/03/2026' },
    ]);
  });

  it('a bold lead then the value, with no colon; the site header is not content', () => {
    const root = new DOMParser().parseFromString(
      `<header><div><span>PCSE Online</span><span>Riverside (Y99901)</span></div></header>
       <main><p><strong>Gross pay</strong> £2,194.45</p><ul><li><b>Paid on</b> 10/03/2026</li></ul></main>`,
      'text/html',
    );
    expect(readSummary(root)).toEqual([
      { label: 'Gross pay', value: '£2,194.45' },
      { label: 'Paid on', value: '10/03/2026' },
    ]);
  });

  it('an ARIA grid of divs (a single-page app) is read like a table with column headers', () => {
    const root =
      fragment(`<div role="grid" aria-labelledby="t"><div role="row"><div role="columnheader">Date from</div><div role="columnheader">Last day worked</div></div>
      <div role="row"><div role="gridcell">7 April 2026</div><div role="gridcell">8 April 2026</div></div></div>`);
    expect(readSummary(root)).toEqual([
      { label: 'Date from', value: '7 April 2026' },
      { label: 'Last day worked', value: '8 April 2026' },
    ]);
  });

  it('th scope=row + td in a table', () => {
    const root = fragment(
      `<table><tbody><tr><th scope="row">GMC number</th><td>7654321</td></tr><tr><th colspan="2">Section</th></tr></tbody></table>`,
    );
    expect(readSummary(root)).toEqual([{ label: 'GMC number', value: '7654321' }]);
  });
});

describe('visibleText and penceIn', () => {
  it('separates blocks and <br> that textContent runs together', () => {
    const root = fragment('<p>Your reference<br><strong>LA-000123</strong></p><div>Next   <script>x()</script>line</div>');
    expect(root.textContent).toContain('Your referenceLA-000123');
    expect(visibleText(root)).toBe('Your reference\nLA-000123\nNext line');
  });

  it('reads money to the exact penny, or not at all', () => {
    expect(penceIn('2,194.45')).toBe(219445);
    expect(penceIn('£1,975.01 (90%)')).toBe(197501);
    expect(penceIn('£585.44')).toBe(58544);
    expect(penceIn('£0.29')).toBe(29);
    expect(penceIn('250')).toBe(25000);
    expect(penceIn('1,234.567')).toBeUndefined();
    expect(penceIn('none')).toBeUndefined();
  });
});
