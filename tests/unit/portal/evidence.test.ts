/**
 * Recognition by weighed evidence (issue 15): every source of text, decoys and negation, bracketed words, value
 * shapes, and the values split over several boxes, in the markup styles of GOV.UK, NHS.UK, Bootstrap and legacy pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PageKind } from '../../../lib/portal/recognise/concepts';
import { readPage } from '../../../lib/portal/recognise/page-fields';
import type { Recognition } from '../../../lib/portal/recognise/recognise';
import { fillPage } from '../../../lib/portal/fill/fill-page';
import type { FillReport } from '../../../lib/portal/fill/values';
import { monthName } from '../../fixtures/markup-corpus/format';

function read(html: string, kind: PageKind = 'locumAForm'): Recognition[] {
  document.body.innerHTML = html;
  return readPage(document, kind).recognitions;
}

const what = (r: Recognition) => r.concept?.id ?? (r.looksLike ? `looks like ${r.looksLike}` : r.status);

async function fill(html: string, kind: PageKind, values: Record<string, string | string[]>): Promise<FillReport> {
  document.body.innerHTML = html;
  return fillPage(document, kind, { values }, { tick: async () => {} });
}

const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('question phrasings and word forms', () => {
  it.each([
    ['When were you paid?', 'datePaid'],
    ['What was the total fee?', 'fee'],
    ['When did you start work?', 'periodFirstDay'],
    ["Employer's pension contributions", 'employerContribution'],
    ['Code of the practice', 'practiceCode'],
    ['How much were you paid?', 'fee'],
    ['Final day worked', 'periodLastDay'],
    ['GP practice code', 'practiceCode'],
    ['Practice contribution (14.38%)', 'employerContribution'],
    ['What is the name of the GP practice?', 'practiceName'],
    ['Where did you do the work?', 'practiceName'],
  ])('"%s" is %s', (label, concept) => {
    expect(read(`<label>${label} <input></label>`).map(what)).toEqual([concept]);
  });

  it('"Amount paid to the practice" is not the fee paid to you', () => {
    expect(read('<label>Amount paid to the practice <input></label>').map(what)).toEqual(['unknown']);
  });

  it('"Where is the practice?" asks for its address, not for where you worked', () => {
    expect(read('<label>Where is the practice? <input></label>').map(what)).toEqual(['unknown']);
  });
});

describe('decoys and negation', () => {
  it.each([
    ['Mileage claimed (£)', 'looks like mileage'],
    ['Travel expenses', 'looks like mileage'],
    ['Total including employer contribution', 'looks like a total including something else'],
    ['Total (including employer contribution)', 'looks like a total including something else'],
    ['Amount already paid to you', 'looks like an amount already paid'],
    ['Notes', 'looks like notes'],
    ['Session fee', 'looks like a rate'],
    ['Email address', 'looks like contact details'],

    ['Total payment received', 'looks like a total'],
    ['National Insurance contributions', 'looks like tax or deductions'],
    ['Fee (excluding employer’s contribution)', 'fee'],
    ['Locum fee, excluding mileage and expenses', 'fee'],
  ])('"%s": %s', (label, expected) => {
    expect(read(`<label>${label} <input></label>`).map(what)).toEqual([expected]);
  });

  it('a decoy is reported "left alone" and never filled', async () => {
    const report = await fill(
      '<label for="fee">Locum fee</label><input id="fee"><label for="mi">Mileage (£)</label><input id="mi" name="fee2">',
      'locumAForm',
      { fee: '219445' },
    );
    expect(value('fee')).toBe('2194.45');
    expect(value('mi')).toBe('');
    expect(report.results).toContainEqual({
      status: 'left-alone',
      name: 'Mileage (£)',
      note: "Left alone: looks like mileage (not the ledger's).",
    });
  });
});

describe('the report', () => {
  it('a field another field outranks for its concept says so, and is left alone', async () => {
    const report = await fill(
      '<label for="a">Locum fee</label><input id="a"><div><span>Details of fee</span><input id="b" name="other"></div>',
      'locumAForm',
      { fee: '219445' },
    );
    expect([value('a'), value('b')]).toEqual(['2194.45', '']);
    expect(report.results).toContainEqual({
      status: 'unknown',
      name: 'Details of fee',
      note: 'Looks a little like Locum fee, but another field is that: left alone.',
    });
  });

  it('two fields each named well enough for one concept are both left alone: the lead must be wide against a real rival', async () => {
    // The labelled box leads the box after "Payment date" by 30 (a label outweighs the text before a box), not by double.
    const report = await fill(
      '<label for="a">Date paid</label><input id="a"><div><span>Payment date</span><input id="b"></div>',
      'locumAForm',
      { datePaid: '2026-03-20' },
    );
    expect([value('a'), value('b')]).toEqual(['', '']);
    expect(report.results.filter((r) => r.status === 'ambiguous').map((r) => r.name)).toEqual(['Date paid', 'Payment date']);
    expect(read('<label>Date received by PCSE <input></label>').map(what)).toEqual(['looks like the date the form was sent']);
  });
});

describe('sources of text', () => {
  it('bracketed words are kept as weaker evidence: "Amount (locum fee)" is the fee', () => {
    expect(read('<label>Amount (locum fee) <input></label>').map(what)).toEqual(['fee']);
  });

  it('a definition list term names the box in its description', () => {
    expect(read('<dl><dt>Invoice number</dt><dd><input></dd><dt>Date paid</dt><dd><input></dd></dl>').map(what)).toEqual([
      'invoiceReference',
      'datePaid',
    ]);
  });

  it('an ARIA grid: column headers over gridcells', () => {
    const rs = read(`<div role="grid">
      <div role="row"><span role="columnheader">Start date</span><span role="columnheader">End date</span></div>
      <div role="row"><span role="gridcell"><input></span><span role="gridcell"><input></span></div>
    </div>`);
    expect(rs.map((r) => [what(r), r.source])).toEqual([
      ['periodFirstDay', 'columnHeader'],
      ['periodLastDay', 'columnHeader'],
    ]);
  });

  it('a GOV.UK hint linked by aria-describedby adds evidence, but a hint alone is not enough', () => {
    const rs = read(`
      <div class="govuk-form-group"><label class="govuk-label" for="a">Amount</label>
        <div class="govuk-hint" id="a-hint">The locum fee you invoiced</div><input id="a" aria-describedby="a-hint" name="fee"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="b">Amount</label>
        <div class="govuk-hint" id="b-hint">The locum fee</div><input id="b" aria-describedby="b-hint"></div>`);
    expect(rs.map(what)).toEqual(['fee', 'unknown']);
  });

  it.each([
    ['pattern="\\d{2}/\\d{2}/\\d{4}"', 'a date pattern'],
    ['placeholder="dd/mm/yyyy"', 'a date placeholder'],
  ])('a box with %s (%s) is never money', (attribute) => {
    expect(read(`<label>Fee <input ${attribute}></label>`).map(what)).toEqual(['unknown']);
  });

  it('a type=date box is never money, whatever its label says', () => {
    expect(read('<label>Fee <input type="date"></label>').map(what)).toEqual(['unknown']);
  });
});

describe('options and split values', () => {
  const practices =
    '<option value="">Choose</option><option value="p1">Hillside Surgery (Y99902)</option><option value="p2">Riverside Medical Centre (Y99901)</option>';

  it('a practice select, labelled only "Practice", is chosen by the ledger’s ODS code in the option text', async () => {
    const report = await fill(`<label for="p">Practice</label><select id="p">${practices}</select>`, 'locumAForm', {
      practiceName: 'Riverside Medical Centre',
      practiceCode: 'Y99901',
    });
    expect(value('p')).toBe('p2');
    expect(report.results.find((r) => r.status === 'filled')?.conceptId).toBe('practiceName');
  });

  it('a list of rates under another name is not taken for the tier on its percentages alone', () => {
    const select = '<select><option>5.2%</option><option>6.5%</option><option>9.8 per cent</option></select>';
    expect(read(`<label>Rate shown on the certificate ${select}</label>`).map(what)).toEqual(['unknown']);
    expect(read(`<div><span>Rate shown on the certificate</span>${select}</div>`).map(what)).toEqual(['unknown']);
    expect(read(`<label>Rate used for 2024/25 ${select}</label>`).map(what)).toEqual(["looks like last year's figure"]);
    expect(read(`<div>${select}</div>`).map(what)).toEqual(['tier']);
  });

  it('a tier select is recognised by its percentages even under a bare "Rate" label', () => {
    expect(read('<label>Rate <select><option>5.2%</option><option>6.5%</option><option>9.8%</option></select></label>').map(what)).toEqual([
      'tier',
    ]);
  });

  it('pounds and pence boxes in one fieldset get the pounds and the pence', async () => {
    const report = await fill(
      `<fieldset><legend>Locum fee</legend>
        <label for="pd">Pounds</label><input id="pd"><label for="pp">Pence</label><input id="pp" maxlength="2">
      </fieldset>`,
      'locumAForm',
      { fee: '219405' },
    );
    expect([value('pd'), value('pp')]).toEqual(['2194', '05']);
    expect(report.results.filter((r) => r.conceptId === 'fee').map((r) => r.status)).toEqual(['filled']);
  });

  it('a date as three selects in one table cell', async () => {
    const days = Array.from({ length: 31 }, (_, i) => `<option value="${String(i + 1).padStart(2, '0')}">${i + 1}</option>`).join('');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
      .map((m, i) => `<option value="${i}">${m}</option>`)
      .join('');
    await fill(
      `<table><tr><td>Date paid</td><td>
        <select id="d" name="DP_DD"><option value="">--</option>${days}</select>
        <select id="m" name="DP_MM"><option value="">--</option>${months}</select>
        <select id="y" name="DP_YY"><option value="">--</option><option>2025</option><option>2026</option></select>
      </td></tr></table>`,
      'locumAForm',
      { datePaid: '2026-03-10' },
    );
    expect([value('d'), value('m'), value('y')]).toEqual(['10', '2', '2026']);
  });

  it('a date whose year list lacks the year is left wholly empty and reported, not half filled', async () => {
    const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
      .map((m) => `<option>${m}</option>`)
      .join('');
    const report = await fill(
      `<fieldset><legend>Date paid</legend>
        <select id="d" name="paid_dd"><option value="">--</option>${days}</select>
        <select id="m" name="paid_mm"><option value="">--</option>${months}</select>
        <select id="y" name="paid_yy"><option value="">--</option><option>2024</option><option>2025</option></select>
      </fieldset>`,
      'locumAForm',
      { datePaid: '2026-03-10' },
    );
    expect([value('d'), value('m'), value('y')]).toEqual(['', '', '']);
    expect(report.results.find((r) => r.conceptId === 'datePaid')).toMatchObject({ status: 'not-filled' });
  });

  it('a type=month box takes the Locum B’s month as YYYY-MM', async () => {
    await fill('<label for="m">Month this form refers to</label><input type="month" id="m">', 'locumBForm', { formMonth: '2026-03' });
    expect(value('m')).toBe('2026-03');
  });

  it('a legacy date told apart by lengths only (2, 2, 4 characters) under a grid column: never a whole date in a day box', async () => {
    await fill(
      `<table><tr><th>#</th><th>Date from</th></tr><tr><td>1</td><td>
        <input id="d" maxlength="2"> <input id="m" maxlength="2"> <input id="y" maxlength="4"></td></tr></table>`,
      'locumAForm',
      { periodFirstDay: ['2026-03-02'] },
    );
    expect([value('d'), value('m'), value('y')]).toEqual(['2', '3', '2026']);
  });

  it('pounds and pence named only by their titles, in one cell with a row header', async () => {
    await fill(
      `<table><tr><td>Gross amount paid:</td><td>£&nbsp;<input id="pd" title="Pounds"> / <input id="pp" title="Pence"></td></tr></table>`,
      'locumAForm',
      { fee: '96075' },
    );
    expect([value('pd'), value('pp')]).toEqual(['960', '75']);
  });

  it('radios laid out as a table of their own take the outer row’s header, and a choice in its own words', async () => {
    const report = await fill(
      `<table><tr><td>Type of work *</td><td><table>
        <tr><td><input type="radio" id="w1" name="wt" value="1"><label for="w1">Sessional work in a practice</label></td></tr>
        <tr><td><input type="radio" id="w2" name="wt" value="2"><label for="w2">GP appraiser work</label></td></tr>
      </table></td></tr></table>`,
      'locumAForm',
      { workType: 'appraisal' },
    );
    expect((document.getElementById('w2') as HTMLInputElement).checked).toBe(true);
    expect(report.results.find((r) => r.conceptId === 'workType')?.status).toBe('filled');
  });
});

describe('Locum B totals and sums', () => {
  it.each([
    ['Total of your contributions (b + c + d + e + f)', 'boxG'],
    ['Box h', 'boxH'],
    ['a Total pensionable pay', 'boxA'],
    ['Total due (employee + employer)', 'boxI'],
    ['Grand total employer contributions', 'boxH'],
  ])('"%s" is %s: a total is no decoy on a Locum B', (label, concept) => {
    expect(read(`<label>${label} <input></label>`, 'locumBForm').map(what)).toEqual([concept]);
  });

  it('"Gross total (fee + employer contribution)" is a sum of two, not the fee', () => {
    expect(read('<label>Gross total (fee + employer contribution) <input></label>').map(what)).toEqual([
      'looks like a total including something else',
    ]);
  });
});

describe('conflicting evidence', () => {
  it('an id naming a decoy outweighs a label that only mentions a concept: "Fee excluding VAT" with id txtVat', () => {
    expect(read('<label for="v">Fee excluding VAT</label><input id="v" name="txtVat">').map(what)).toEqual(['looks like VAT']);
  });

  it('a hint between the label and the box is a hint, not the box’s name', () => {
    const rs = read(`<div class="govuk-form-group"><label for="p">Which practice did you work at?</label>
      <div class="govuk-hint">Start typing the practice name to search</div><input id="p" name="practice-name"></div>`);
    expect(rs.map(what)).toEqual(['practiceName']);
  });

  it('a list whose options name practice and appraisal work is the type of work, under any question', () => {
    const rs = read(`<label for="w">Is this one or the other?</label>
      <select id="w"><option value="">Choose</option><option value="1">Locum work at a GP practice</option><option value="2">Appraisal work for NHS England</option></select>`);
    expect(rs.map((r) => [what(r), r.source])).toEqual([['workType', 'shape']]);
  });

  it('a date whose parts sit in column blocks of their own is named by the title before the blocks', async () => {
    const days = Array.from({ length: 31 }, (_, i) => `<option value="${i + 1}">${i + 1}</option>`).join('');
    const months = Array.from({ length: 12 }, (_, i) => monthName(i + 1))
      .map((m, i) => `<option value="${String(i + 1).padStart(2, '0')}">${m}</option>`)
      .join('');
    await fill(
      `<div class="panel"><div class="panel__title">Date fee received</div><div class="cols">
        <div class="col"><div class="row"><label for="d">Day</label><select id="d"><option value="">Day</option>${days}</select></div></div>
        <div class="col"><div class="row"><label for="m">Month</label><select id="m"><option value="">Month</option>${months}</select></div></div>
        <div class="col"><div class="row"><label for="y">Year</label><select id="y"><option value="">Year</option><option>2025</option><option>2026</option></select></div></div>
      </div></div>`,
      'locumAForm',
      { datePaid: '2026-04-30' },
    );
    expect([value('d'), value('m'), value('y')]).toEqual(['30', '04', '2026']);
  });
});

describe("a field's own name comes first", () => {
  it('a caption before a named group does not outweigh its legend: "Total to pay" over box a\'s pounds and pence', async () => {
    await fill(
      `<p>Total to pay</p>
       <fieldset><legend>a. Total pensionable pay (£)</legend>
         <label for="pd">Pounds</label><input id="pd"><label for="pp">Pence</label><input id="pp" maxlength="2">
       </fieldset>`,
      'locumBForm',
      { boxA: '197501', boxI: '73870' },
    );
    expect([value('pd'), value('pp')]).toEqual(['1975', '01']);
  });

  it('a caption before a labelled box is not its name: a box labelled after it is not taken for the practice code', () => {
    const html = `<fieldset><legend>Practice (ODS code)</legend>
      <div class="form-floating"><input id="n"><label for="n">Where you were based</label></div>
      <fieldset><legend>Work category</legend><select><option>GP practice locum work</option><option>Appraisal work</option></select></fieldset>
    </fieldset>`;
    expect(read(html).map(what)[0]).toBe('unknown');
  });

  it("a one-box fieldset's legend titles the box when a nearer text names it", () => {
    expect(
      read('<fieldset><legend>Practice name</legend><div><label>ODS code:</label><input name="x"></div></fieldset>').map(what),
    ).toEqual(['practiceCode']);
    expect(read('<fieldset><legend>Practice name</legend><div><input name="x"></div></fieldset>').map(what)).toEqual(['practiceName']);
  });

  it('"Practice" alone names the practice, and "Amount of fee" the fee, while "90% of fee" does not', () => {
    expect(read('<label>Practice * <input></label>').map(what)).toEqual(['practiceName']);
    expect(read('<label>Amount of fee (excluding employer contribution) <input></label>').map(what)).toEqual(['fee']);
    expect(read('<label>90% of fee <input></label>').map(what)).not.toContain('fee');
  });
});

describe('what a box is about, when not a concept it can hold', () => {
  it("a list of rates named for the employer is about the employer's share, which a list cannot hold: not the tier", async () => {
    const report = await fill(
      '<label for="r">Employer contribution rate (%)</label><select id="r"><option></option><option>9.8%</option><option>14.38%</option></select>',
      'locumBForm',
      { tier: '9.8' },
    );
    expect(value('r')).toBe('');
    expect(report.results.find((r) => r.name === 'Employer contribution rate (%)')?.note).toMatch(/names Employer contributions/);
  });

  it('a section\'s caption alone names no box: "Member contributions" under "Total to pay" is not box i', () => {
    expect(
      read(
        '<fieldset><legend>Total to pay</legend><label>Member contributions <input></label><label>Notes <input></label></fieldset>',
        'locumBForm',
      ).map(what)[0],
    ).not.toBe('boxI');
  });

  it('"Non-pensionable pay" denies pensionable pay', () => {
    expect(read('<label>Non-pensionable pay (£) <input></label>').map(what)).not.toContain('pensionablePay');
  });
});

describe('seen on the third held-out set, after it was measured', () => {
  it("a Locum B box's letter before its words names the box: 'g Employee contributions grand total' is box g, not b", () => {
    expect(read('<label>g Employee contributions grand total <input></label>', 'locumBForm').map(what)).toEqual(['boxG']);
    expect(read('<label>B: Your contributions (£) <input></label>', 'locumBForm').map(what)).toEqual(['boxB']);
  });

  it('a bracket that explains how to answer does not rule out the words before it', () => {
    const select = '<select><option>5.2%</option><option>9.8%</option></select>';
    expect(read(`<label>Contribution tier (based on your annualised GP income) ${select}</label>`).map(what)).toEqual(['tier']);
    expect(read(`<label>Your tiered rate (%) ${select}</label>`).map(what)).toEqual(['tier']);
  });
});

describe('options say what a box is', () => {
  it('work-type radios in a fieldset captioned "Practice" are the type of work, not a practice name they cannot hold', () => {
    const html = `<fieldset><legend>Practice</legend><label for="c">Practice code (ODS code) *</label><input id="c">
      <table><tbody><tr><td><input type="radio" id="r0" name="rblWorkType" value="practice"><label for="r0">GP practice locum work</label></td></tr>
      <tr><td><input type="radio" id="r1" name="rblWorkType" value="appraisal"><label for="r1">Appraisal work (NHS England)</label></td></tr></tbody></table></fieldset>`;
    expect(read(html).map(what)).toEqual(['practiceCode', 'workType']);
  });
});
