import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfirmation } from '../../../lib/portal/read/confirmation';

const VARIANTS = ['classic', 'govuk', 'table'] as const;
const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/portal-pages/${name}.html`, 'utf8'), 'text/html');
const html = (body: string, title = 'PCSE Online') =>
  new DOMParser().parseFromString(`<title>${title}</title><main>${body}</main>`, 'text/html');

describe('readConfirmation on the replica pages', () => {
  it.each(VARIANTS)('%s Locum A submitted: kind A, the form reference and the page text as evidence', (variant) => {
    const confirmation = readConfirmation(page(`${variant}-a-confirm`))!;
    expect(confirmation).toMatchObject({ kind: 'A', formReference: 'LA-000123' });
    expect(confirmation.paymentReference).toBeUndefined();
    expect(confirmation.amountPence).toBeUndefined();
    expect(
      confirmation.evidence.startsWith(
        'Locum A form submitted Your reference LA-000123 Your form has been sent to Riverside Medical Centre',
      ),
    ).toBe(true);
    expect(confirmation.evidence).toContain('Pensionable pay (90% of fee) (£) 1,975.00');
    // Only the main region: no header, navigation or footer.
    expect(confirmation.evidence).not.toMatch(/Log out|Performers List|Local replica/);
  });

  it.each(VARIANTS)('%s Locum B submitted: kind B, the payment reference, the BACS reference and the amount due', (variant) => {
    const confirmation = readConfirmation(page(`${variant}-b-confirm`))!;
    expect(confirmation.kind).toBe('B');
    expect(confirmation.paymentReference).toBe('84123456LOCDEC2025-01');
    expect(confirmation.bacsReference).toBe('84123456LOCDEC2025');
    expect(confirmation.amountPence).toBe(58544);
    // LA-000115 and LA-000116 are links to the Locum As it includes, not this form's reference.
    expect(confirmation.formReference).toBeUndefined();
    expect(confirmation.evidence).toContain('Unique payment reference: 84123456LOCDEC2025-01 Amount due: £585.44');
  });

  it.each(['login', 'home', 'dashboard'])('a page with no reference (%s) gives null', (name) => {
    expect(readConfirmation(page(`classic-${name}`))).toBeNull();
  });
});

describe('readConfirmation on other markup', () => {
  it('a GOV.UK panel "Your reference number" with no list, the kind from the title', () => {
    const doc = html(
      '<div class="govuk-panel"><h1>Form submitted</h1><div>Your reference number<br><strong>HDJ2123F</strong></div></div>',
      'Locum A submitted',
    );
    expect(readConfirmation(doc)).toEqual({
      kind: 'A',
      formReference: 'HDJ2123F',
      evidence: 'Form submitted Your reference number HDJ2123F',
    });
  });

  it('an invoice reference is not the form reference, and a reference without the -NN suffix is its own BACS reference', () => {
    const doc = html(
      '<h1>Payment</h1><p>Invoice reference: INV-2001</p><p>Payment reference: 12345678LOCAUG2025</p><p>Total to pay £1,234.56 by 7 September</p>',
    );
    expect(readConfirmation(doc)).toMatchObject({
      kind: null,
      paymentReference: '12345678LOCAUG2025',
      bacsReference: '12345678LOCAUG2025',
      amountPence: 123456,
    });
    expect(readConfirmation(doc)!.formReference).toBeUndefined();
    expect(readConfirmation(html('<p>Invoice reference: INV-2001</p>'))).toBeNull();
  });

  it('finds a LA-000123 style code in the text when nothing labels it, and a "Total to pay" table row', () => {
    const doc = html(
      '<h2>Locum B</h2><p>Saved as LB-000045.</p><table><tr><th scope="row">Total to pay (£)</th><td>2,000.10</td></tr></table>',
    );
    expect(readConfirmation(doc)).toMatchObject({ kind: 'B', formReference: 'LB-000045', amountPence: 200010 });
  });

  it('keeps at most 20,000 characters of evidence', () => {
    const doc = html(`<h1>Locum A form submitted</h1><p>Reference: LA-000001</p><p>${'word '.repeat(6000)}</p>`);
    const confirmation = readConfirmation(doc)!;
    expect(confirmation.evidence).toHaveLength(20_000);
    expect(confirmation.formReference).toBe('LA-000001');
  });
});
