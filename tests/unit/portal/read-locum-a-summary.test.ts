import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locumAFromSummary } from '../../../lib/portal/read/locum-a-summary';
import { odsCodeIn } from '../../../lib/shared/ods-code';
import { readSummary } from '../../../lib/portal/read/summary';

const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/portal-pages/${name}.html`, 'utf8'), 'text/html');
const pairs = (rows: [string, string][]) => rows.map(([label, value]) => ({ label, value }));

const LA_000123 = {
  reference: 'LA-000123',
  locumName: 'Dr Alex Morgan',
  gmcNumber: '7012345',
  practiceText: 'Riverside Medical Centre (Y99901)',
  odsCode: 'Y99901',
  periods: [{ from: '2026-03-02', to: '2026-03-03' }],
  feePence: 219445,
  pensionablePence: 197500,
  employerPence: 28400,
  paidOn: '2026-03-10',
};

describe('locumAFromSummary', () => {
  it('reads "Period(s) worked" as the dates worked: "(s)" marks a plural, not a qualifier', () => {
    const read = locumAFromSummary(
      pairs([
        ['Practice', 'Hilltop Family Practice'],
        ['Period(s) worked', '5 May 2026 – 7 May 2026, 18 May 2026'],
        ['Amount of fee', '£3,680.90'],
        ['Payment date', '5 June 2026'],
      ]),
    );
    expect('error' in read ? read.error : read.periods).toEqual([
      { from: '2026-05-05', to: '2026-05-07' },
      { from: '2026-05-18', to: '2026-05-18' },
    ]);
  });

  it.each(['classic', 'govuk', 'table'])('reads LA-000123 from the %s review page, figures as shown', (variant) => {
    expect(locumAFromSummary(readSummary(page(`${variant}-review`)))).toEqual(LA_000123);
  });

  it('takes synonyms: Practice + EA code, First/Last day worked pairs, Fee, Date pay received, Locum name', () => {
    const read = locumAFromSummary(
      pairs([
        ['Locum name', 'Dr Jo Bloggs'],
        ['Practice', 'Elm Tree Surgery'],
        ['EA code', 'y99902'],
        ['First day worked', '05/01/2026'],
        ['Last day worked', '06/01/2026'],
        ['First day worked', '09/01/2026'],
        ['Last day worked', '09/01/2026'],
        ['Fee (£)', '£1,000.00'],
        ['Pensionable pay', '900.00'],
        ["Employer's contributions", '129.42'],
        ['Date pay received', '31/01/2026'],
        ['Invoice reference', 'INV-7'],
      ]),
    );
    expect(read).toEqual({
      locumName: 'Dr Jo Bloggs',
      practiceText: 'Elm Tree Surgery',
      odsCode: 'Y99902',
      periods: [
        { from: '2026-01-05', to: '2026-01-06' },
        { from: '2026-01-09', to: '2026-01-09' },
      ],
      feePence: 100000,
      pensionablePence: 90000,
      employerPence: 12942,
      paidOn: '2026-01-31',
    });
  });

  it('reads several periods in "Dates worked", separated by commas, semicolons or lines, and From/To rows', () => {
    const read = locumAFromSummary(
      pairs([
        ['Practice name', 'NHS England (appraisal work) (X24)'],
        ['Dates worked', '02/03/2026 – 03/03/2026; 05/03/2026, 09/03/2026 - 10/03/2026\n12/03/2026'],
        ['From', '16/03/2026'],
        ['To', '17/03/2026'],
        ['Fee', '100'],
        ['Pensionable pay (90% of fee)', '90.00'],
        ['Employer contributions (14.38%)', '12.94'],
      ]),
    );
    expect(read).toMatchObject({
      odsCode: 'X24',
      periods: [
        { from: '2026-03-02', to: '2026-03-03' },
        { from: '2026-03-05', to: '2026-03-05' },
        { from: '2026-03-09', to: '2026-03-10' },
        { from: '2026-03-12', to: '2026-03-12' },
        { from: '2026-03-16', to: '2026-03-17' },
      ],
    });
    expect(read).not.toHaveProperty('paidOn');
  });

  it('keeps a period shown backwards, for the check to report', () => {
    const read = locumAFromSummary(
      pairs([
        ['Practice', 'A (Y1)'],
        ['Dates worked', '03/03/2026 – 02/03/2026'],
        ['Fee', '1'],
        ['Pensionable pay', '0.90'],
        ['Employer contributions', '0.13'],
      ]),
    );
    expect(read).toMatchObject({ periods: [{ from: '2026-03-03', to: '2026-03-02' }] });
  });

  it('says what it could not read, all at once', () => {
    expect(
      locumAFromSummary(
        pairs([
          ['Dates worked', '31/02/2026'],
          ['Fee', 'to follow'],
          ['Pensionable pay', '900.00'],
        ]),
      ),
    ).toEqual({
      error:
        'Could not read this Locum A: the practice is not shown; the locum fee "to follow" is not an amount of money; ' +
        'the dates worked: "31/02/2026" is not a real date.',
    });
    const noDates = locumAFromSummary(
      pairs([
        ['Practice', 'A'],
        ['Fee', '1'],
        ['Pensionable pay', '0.90'],
        ['Employer contributions', '0.13'],
        ['Date paid', 'soon'],
      ]),
    );
    expect(noDates).toEqual({
      error: 'Could not read this Locum A: the dates worked are not shown; the date paid "soon" is not a date.',
    });
    const unpaired = locumAFromSummary(
      pairs([
        ['Practice', 'A'],
        ['First day worked', '01/03/2026'],
        ['Fee', '1'],
        ['Pensionable pay', '0.90'],
        ['Employer contributions', '0.13'],
      ]),
    );
    expect(unpaired).toEqual({ error: 'Could not read this Locum A: 1 first days worked but 0 last days worked are shown.' });
  });
});

describe('odsCodeIn', () => {
  it('takes the code in the last brackets', () => {
    expect(odsCodeIn('Riverside Medical Centre (Y99901)')).toBe('Y99901');
    expect(odsCodeIn('NHS England (appraisal work) (X24)')).toBe('X24');
    expect(odsCodeIn('Dr Alex Morgan – GP Performer (P7012345)')).toBe('P7012345');
    expect(odsCodeIn('Riverside Medical Centre')).toBeUndefined();
    expect(odsCodeIn('Riverside (main site)')).toBeUndefined();
  });
});
