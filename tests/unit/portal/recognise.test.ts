import { afterEach, describe, expect, it } from 'vitest';
import { conceptsFor, type PageKind } from '../../../lib/portal/recognise/concepts';
import { collectControls } from '../../../lib/portal/recognise/controls';
import { collectFields } from '../../../lib/portal/recognise/fields';
import { readPage } from '../../../lib/portal/recognise/page-fields';
import { recognise, type Recognition } from '../../../lib/portal/recognise/recognise';

function read(html: string, kind: PageKind = 'locumAForm'): Recognition[] {
  document.body.innerHTML = html;
  return readPage(document, kind).recognitions;
}

/** What a person would check: each field's status, concept, source of the label, and row index. */
const brief = (r: Recognition) => ({ status: r.status, concept: r.concept?.id, source: r.source, index: r.index });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('recognition by label source', () => {
  it('a wrapping label with no for attribute', () => {
    const [r, ...rest] = read('<label>Practice code <input type="text"></label>');
    expect(rest).toHaveLength(0);
    expect(brief(r!)).toEqual({ status: 'matched', concept: 'practiceCode', source: 'label', index: 0 });
    expect(r!.field.kind).toBe('text');
    expect(r!.field.fingerprint.label).toBe('Practice code');
  });

  it('label[for] points at its control even when the label is elsewhere in the markup', () => {
    const rs = read(`
      <div><label for="x1">Date paid</label></div>
      <div><label for="x2">Locum fee</label></div>
      <div><input id="x2" name="a"></div>
      <div><input id="x1" name="b"></div>`);
    expect(rs.map(brief)).toEqual([
      { status: 'matched', concept: 'fee', source: 'label', index: 0 },
      { status: 'matched', concept: 'datePaid', source: 'label', index: 0 },
    ]);
  });

  it('aria-labelledby and aria-label', () => {
    const rs = read(`
      <span id="lbl-inv">Invoice number</span>
      <input aria-labelledby="lbl-inv">
      <input aria-label="GMC number">`);
    expect(rs.map(brief)).toEqual([
      { status: 'matched', concept: 'invoiceReference', source: 'aria', index: 0 },
      { status: 'matched', concept: 'gmcNumber', source: 'aria', index: 0 },
    ]);
  });

  it('a label[for] outranks the aria-label and the placeholder on the same control', () => {
    const [r] = read('<label for="q">Practice name</label><input id="q" aria-label="Practice code" placeholder="GMC number">');
    expect(brief(r!)).toEqual({ status: 'matched', concept: 'practiceName', source: 'label', index: 0 });
  });

  it('a GOV.UK day/month/year group under a fieldset legend becomes one split date', () => {
    const dateGroup = (legend: string, prefix: string) => `
      <fieldset class="govuk-fieldset" role="group">
        <legend class="govuk-fieldset__legend">${legend}</legend>
        <div class="govuk-date-input">
          <div class="govuk-date-input__item"><label for="${prefix}-day">Day</label><input id="${prefix}-day" name="${prefix}-day" inputmode="numeric"></div>
          <div class="govuk-date-input__item"><label for="${prefix}-month">Month</label><input id="${prefix}-month" name="${prefix}-month" inputmode="numeric"></div>
          <div class="govuk-date-input__item"><label for="${prefix}-year">Year</label><input id="${prefix}-year" name="${prefix}-year" inputmode="numeric"></div>
        </div>
      </fieldset>`;
    const rs = read(dateGroup('First day worked', 'start') + dateGroup('Date paid', 'paid'));
    expect(rs).toHaveLength(2);
    expect(rs.map(brief)).toEqual([
      { status: 'matched', concept: 'periodFirstDay', source: 'legend', index: 0 },
      { status: 'matched', concept: 'datePaid', source: 'legend', index: 0 },
    ]);
    const [first] = rs;
    expect(first!.field.kind).toBe('splitDate');
    expect(first!.field.controls.map((c) => c.id)).toEqual(['start-day', 'start-month', 'start-year']);
    expect(first!.field.parts?.day?.id).toBe('start-day');
    expect(first!.field.parts?.month.id).toBe('start-month');
    expect(first!.field.parts?.year.id).toBe('start-year');
    expect(first!.field.element.tagName).toBe('FIELDSET');
  });

  it('a layout table row header: <tr><th>Fee</th><td><input></td></tr>', () => {
    const rs = read(`<table>
      <tr><th>Fee</th><td><input type="text"></td></tr>
      <tr><th>Invoice number</th><td><input type="text"></td></tr>
    </table>`);
    expect(rs.map(brief)).toEqual([
      { status: 'matched', concept: 'fee', source: 'rowHeader', index: 0 },
      { status: 'matched', concept: 'invoiceReference', source: 'rowHeader', index: 0 },
    ]);
  });

  it('a grid with From / To column headers: repeated period concepts numbered by row', () => {
    const rs = read(`<table>
      <thead><tr><th>From</th><th>To</th></tr></thead>
      <tbody>
        <tr><td><input type="text"></td><td><input type="text"></td></tr>
        <tr><td><input type="text"></td><td><input type="text"></td></tr>
        <tr><td><input type="text"></td><td><input type="text"></td></tr>
      </tbody>
    </table>`);
    expect(rs.map((r) => [r.status, r.concept?.id, r.source, r.index])).toEqual([
      ['matched', 'periodFirstDay', 'columnHeader', 0],
      ['matched', 'periodLastDay', 'columnHeader', 0],
      ['matched', 'periodFirstDay', 'columnHeader', 1],
      ['matched', 'periodLastDay', 'columnHeader', 1],
      ['matched', 'periodFirstDay', 'columnHeader', 2],
      ['matched', 'periodLastDay', 'columnHeader', 2],
    ]);
  });

  it('preceding text in the same container', () => {
    const [r] = read('<div class="row"><span class="form-label">Invoice number</span><input type="text"></div>');
    expect(brief(r!)).toEqual({ status: 'matched', concept: 'invoiceReference', source: 'preceding', index: 0 });
  });

  it('preceding text stops at another control: the second box does not borrow the first box’s text', () => {
    const rs = read('<div><span>Invoice number</span><input type="text"><input type="text"></div>');
    expect(rs.map((r) => r.status)).toEqual(['matched', 'unknown']);
  });

  it('a placeholder and nothing else', () => {
    const [r] = read('<input type="text" placeholder="Practice code">');
    expect(brief(r!)).toEqual({ status: 'matched', concept: 'practiceCode', source: 'placeholder', index: 0 });
  });

  it('id/name tokens and nothing else: name="txtPracticeCode"', () => {
    const rs = read('<input type="text" name="txtPracticeCode"><input type="text" id="ctl00_PlaceHolderMain_txtInvoiceNo">');
    expect(rs.map(brief)).toEqual([
      { status: 'matched', concept: 'practiceCode', source: 'tokens', index: 0 },
      { status: 'matched', concept: 'invoiceReference', source: 'tokens', index: 0 },
    ]);
  });

  it('ASP.NET boilerplate in ids is ignored: ctl00$PlaceHolderMain$txtFee is the fee', () => {
    const [r] = read('<input type="text" name="ctl00$PlaceHolderMain$txtFee" id="ctl00_PlaceHolderMain_txtFee">');
    expect(brief(r!)).toEqual({ status: 'matched', concept: 'fee', source: 'tokens', index: 0 });
  });

  // BUG (lib/portal/text.ts nameTokens): only a lower-to-upper boundary splits words, so an acronym followed by a word
  // stays one token: "txtODSCode" gives ["odscode"], "txtGMCNumber" gives ["gmcnumber"], and the ["ods"] / ["gmc"]
  // token sets never match.
  it('id/name tokens with an acronym: name="txtODSCode" is the practice code, id="txtGMCNumber" the GMC number', () => {
    const rs = read('<input type="text" name="txtODSCode"><input type="text" id="txtGMCNumber">');
    expect(rs.map((r) => r.concept?.id)).toEqual(['practiceCode', 'gmcNumber']);
  });

  it('the label of a jQuery UI selectmenu’s visible button names its hidden select', () => {
    const [r] = read(`<label for="rate-button">Tiered contribution rate</label>
      <span id="rate-button" role="combobox">Select</span>
      <select id="rate" style="display:none"><option>9.8%</option></select>`);
    expect(r!.field.kind).toBe('select');
    expect(brief(r!)).toEqual({ status: 'matched', concept: 'tier', source: 'label', index: 0 });
  });
});

describe('which controls are fields', () => {
  it('finds a control inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div><label>Practice code <input></label>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="fee-in-shadow">Locum fee</label><input id="fee-in-shadow">';
    const rs = readPage(document, 'locumAForm').recognitions;
    expect(rs.map((r) => r.concept?.id)).toEqual(['fee', 'practiceCode']);
    expect(rs[0]!.field.element.getRootNode()).toBe(shadow);
    expect(rs[0]!.status).toBe('matched');
  });

  it('ignores controls inside the assistant’s own [data-locum-ledger] UI, including its shadow root', () => {
    document.body.innerHTML = `
      <div data-locum-ledger><label>Locum fee <input id="ours"></label><select aria-label="Tier"><option>1</option></select></div>
      <div data-locum-ledger id="panel-host"></div>
      <label>Date paid <input id="theirs"></label>`;
    document.getElementById('panel-host')!.attachShadow({ mode: 'open' }).innerHTML = '<label>Practice code <input id="ours-too"></label>';
    const fields = collectFields(document);
    expect(fields.map((f) => f.element.id)).toEqual(['theirs']);
  });

  it('never lists hidden inputs such as __RequestVerificationToken, nor buttons', () => {
    document.body.innerHTML = `<form>
      <input type="hidden" name="__RequestVerificationToken" value="CfDJ8abc">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="xyz">
      <label>Locum fee <input name="fee"></label>
      <input type="submit" value="Submit"><input type="button" value="Add another period"><button>Save</button>
    </form>`;
    const controls = collectControls(document);
    expect(controls.map((c) => c.getAttribute('name'))).toEqual(['fee']);
    const fields = collectFields(document);
    expect(fields).toHaveLength(1);
    expect(fields.some((f) => f.controls.some((c) => c.getAttribute('name') === '__RequestVerificationToken'))).toBe(false);
  });
});

describe('ambiguous and unknown fields', () => {
  it('two inputs both labelled "Locum fee (£)": both ambiguous, neither matched', () => {
    const rs = read(`
      <label for="a">Locum fee (£)</label><input id="a">
      <label for="b">Locum fee (£)</label><input id="b">`);
    expect(rs.map((r) => [r.status, r.concept?.id])).toEqual([
      ['ambiguous', 'fee'],
      ['ambiguous', 'fee'],
    ]);
  });

  it('two fields claiming one concept with a clear lead: the leader keeps it, the other is unknown', () => {
    const rs = read(`
      <label for="a">Locum fee</label><input id="a">
      <div><span>Please tell us the total of the locum fee you were paid</span><input id="b"></div>`);
    expect(rs.map((r) => [r.field.element.id, r.status])).toEqual([
      ['a', 'matched'],
      ['b', 'unknown'],
    ]);
  });

  it('repeated concepts (period rows) are not competing claims', () => {
    const rs = read('<label>First day worked <input></label><label>First day worked <input></label>');
    expect(rs.map((r) => [r.status, r.concept?.id, r.index])).toEqual([
      ['matched', 'periodFirstDay', 0],
      ['matched', 'periodFirstDay', 1],
    ]);
  });

  it('a label that names two concepts equally well is ambiguous, with the rival listed', () => {
    const [r] = read('<label>Your GMC number and NI number <input></label>');
    expect(r!.status).toBe('ambiguous');
    expect([r!.concept!.id, ...r!.rivals.map((c) => c.id)].sort()).toEqual(['gmcNumber', 'niNumber']);
  });

  it('an unrecognised label is unknown, with no concept', () => {
    const [r] = read('<label>Favourite colour <input name="colour"></label>');
    expect(r!.status).toBe('unknown');
    expect(r!.concept).toBeUndefined();
    expect(r!.rivals).toEqual([]);
  });

  it('a concept only matches a field that can hold it: a "Date paid" checkbox is not the date', () => {
    const [r] = read('<label><input type="checkbox"> Date paid</label>');
    expect(r!.field.kind).toBe('checkbox');
    expect(r!.status).toBe('unknown');
  });
});

describe('label normalisation', () => {
  const single = (label: string, kind: PageKind = 'locumAForm') => {
    const rs = read(`<label>${label} <input></label>`, kind);
    expect(rs).toHaveLength(1);
    return rs[0]!;
  };

  it.each(['Locum fee', 'Locum fee (optional)', 'Locum fee *', 'LOCUM  FEE:', 'a. Locum fee'])(
    '"%s" is the fee, with the same score',
    (label) => {
      const r = single(label);
      expect(r.status).toBe('matched');
      expect(r.concept?.id).toBe('fee');
      expect(r.score).toBe(single('Locum fee').score);
    },
  );

  it('"Locum fee (£)" is the fee, its words scored the same and its "(£)" read as a box for an amount', () => {
    const r = single('Locum fee (£)');
    expect(r.concept?.id).toBe('fee');
    expect(r.field.shape).toBe('moneyFormat');
    expect(single('Date paid (£)').concept?.id).not.toBe('datePaid');
  });

  it('box letters on the Locum B: "a. Total pensionable pay" is box a, "h) Total employer contributions" is box h', () => {
    expect(single('a. Total pensionable pay', 'locumBForm').concept?.id).toBe('boxA');
    expect(single('h) Total employer contributions (£)', 'locumBForm').concept?.id).toBe('boxH');
  });

  it('"Locum fee, excluding employer contributions" is the fee, not the employer contribution', () => {
    const r = single('Locum fee, excluding employer contributions');
    expect(r.status).toBe('matched');
    expect(r.concept?.id).toBe('fee');
    expect(r.rivals).toEqual([]);
  });

  it('"Amount excluding employer contributions" is not the employer contribution', () => {
    const r = single('Amount excluding employer contributions');
    expect(r.concept?.id).not.toBe('employerContribution');
    expect(r.status).toBe('unknown');
  });

  it('"Pensionable pay (90% of fee)" is pensionable pay, not the fee', () => {
    const r = single('Pensionable pay (90% of fee)');
    expect(r.status).toBe('matched');
    expect(r.concept?.id).toBe('pensionablePay');
  });

  it('"Employer contributions (14.38%) (£)" is the employer contribution', () => {
    expect(single('Employer contributions (14.38%) (£)').concept?.id).toBe('employerContribution');
  });

  it('a full Locum A form in one pass: every field its own concept', () => {
    const rs = read(`
      <label>Practice code (ODS) <input></label>
      <label>Practice name <input></label>
      <label>Locum fee, excluding employer contributions (£) <input></label>
      <label>Pensionable pay (90% of fee) (£) <input></label>
      <label>Employer contributions (£) <input></label>
      <label>Date paid <input></label>
      <label>Favourite colour <input></label>`);
    expect(rs.map((r) => [r.status, r.concept?.id])).toEqual([
      ['matched', 'practiceCode'],
      ['matched', 'practiceName'],
      ['matched', 'fee'],
      ['matched', 'pensionablePay'],
      ['matched', 'employerContribution'],
      ['matched', 'datePaid'],
      ['unknown', undefined],
    ]);
  });
});

describe('recognise() on its own', () => {
  it('only considers the concepts it is given', () => {
    document.body.innerHTML = '<label>Locum fee <input></label>';
    const fields = collectFields(document);
    expect(recognise(fields, conceptsFor('locumBForm'))[0]!.status).toBe('unknown');
    expect(recognise(fields, conceptsFor('locumAForm'))[0]!.concept?.id).toBe('fee');
  });
});
