import { describe, expect, it } from 'vitest';
import { readDraft, blankDraft, draftOf } from '../../../components/dashboard/views/rates/rate-table-draft';
import { rateStatusWords, sourceLink } from '../../../components/dashboard/views/rates/rate-status-words';
import {
  defaultEntryYear,
  enterableYears,
  hasConfirmedFigures,
  ratesPageYears,
} from '../../../components/dashboard/views/rates/rate-years';
import { BUILT_IN_RATES, rateBookWith } from '../../../lib/pension';
import { oneOfEach } from '../../fixtures/ledger-records';

const TABLE_2027 = oneOfEach.rateTables;
const NOW = '2027-04-20T10:00:00.000Z';

describe('the years the Rates page shows', () => {
  it('puts the coming and current years first, the coming one projected, then every earlier period newest first', () => {
    const { upcoming, earlier } = ratesPageYears(BUILT_IN_RATES, [], '2026-12-06');
    expect(upcoming.map(({ period }) => `${period.schemeYear} ${period.status}`)).toEqual(['2027/28 projected', '2026/27 provisional']);
    expect(earlier[0]!.period.schemeYear).toBe('2025/26');
    expect(earlier.at(-1)!.period.schemeYear).toBe('2015/16');
  });

  it('shows an entered table with the built-in figures it replaced', () => {
    const corrected = { ...TABLE_2027, schemeYear: '2024/25', replacesConfirmed: true };
    const book = rateBookWith([TABLE_2027, corrected]);
    const { upcoming, earlier } = ratesPageYears(book, [TABLE_2027, corrected], '2027-04-20');
    expect(upcoming.map(({ period }) => `${period.schemeYear} ${period.status}`)).toEqual(['2028/29 projected', '2027/28 entered']);
    expect(upcoming[1]!.entered).toBe(TABLE_2027);
    expect(upcoming[1]!.replaced).toEqual([]);
    const year2024 = earlier.find(({ period }) => period.schemeYear === '2024/25')!;
    expect(year2024.replaced.map((period) => period.status)).toEqual(['confirmed']);
  });

  it('offers 2015/16 to the coming year, the projected current year first, and asks twice only for confirmed years', () => {
    expect(enterableYears('2027-04-20')).toHaveLength(14);
    expect(enterableYears('2027-04-20')[0]).toBe('2028/29');
    expect(enterableYears('2027-04-20').at(-1)).toBe('2015/16');
    expect(defaultEntryYear(BUILT_IN_RATES, '2027-04-20')).toBe('2027/28');
    expect(defaultEntryYear(BUILT_IN_RATES, '2026-12-06')).toBe('2027/28');
    expect(defaultEntryYear(rateBookWith([TABLE_2027]), '2027-04-20')).toBe('2028/29');
    expect(hasConfirmedFigures('2024/25')).toBe(true);
    expect(hasConfirmedFigures('2026/27')).toBe(false);
    expect(hasConfirmedFigures('2027/28')).toBe(false);
  });
});

describe('the add form', () => {
  it('reads figures typed as NHSBSA prints them', () => {
    const draft = {
      ...blankDraft('2027/28'),
      bandTops: ['£13,650', '28,100', '34250', '51400', '65900'],
      rates: ['5.2%', '6.5', '8.3', '9.8', '10.7', '12.5'],
      employerRate: '23.7',
      source: ' https://www.nhsbsa.nhs.uk/member-hub/how-much-you-pay ',
    };
    expect(readDraft(draft, TABLE_2027.enteredAt)).toEqual({ ok: true, table: TABLE_2027 });
    expect(readDraft(draftOf(TABLE_2027), TABLE_2027.enteredAt)).toEqual({ ok: true, table: TABLE_2027 });
  });

  it('puts each problem at its field, in plain words', () => {
    const draft = {
      ...draftOf(TABLE_2027),
      bandTops: ['13650', '', '34250.5', '30000', '65900'],
      rates: ['5.2', '6.5', 'x', '9.8', '10.7', '25'],
    };
    const read = readDraft({ ...draft, employerRate: '', source: '' }, NOW);
    expect(read).toEqual({
      ok: false,
      problems: {
        'bandTops.1': 'enter whole pounds, such as 28854',
        'bandTops.2': 'enter whole pounds, such as 28854',
        'rates.2': 'enter a percentage, such as 6.5',
        'rates.5': 'a tier rate is between 0 and 20%',
        employerRate: 'enter a percentage, such as 23.7',
        source: 'say where the figures come from: a web address or a note',
      },
    });
  });

  it('names bands out of order under the bands', () => {
    const read = readDraft({ ...draftOf(TABLE_2027), bandTops: ['13650', '28100', '27000', '51400', '65900'] }, NOW);
    expect(read).toEqual({ ok: false, problems: { bandTops: 'each band must start above the one before it' } });
  });
});

describe('status words and sources', () => {
  it('says what each status means', () => {
    expect(rateStatusWords(BUILT_IN_RATES.periods.at(-1)!)).toEqual({
      label: 'Provisional',
      meaning: 'from secondary sources and the published uprating rule',
    });
    const entered = rateBookWith([TABLE_2027]).periods.at(-1)!;
    expect(rateStatusWords(entered, TABLE_2027)).toEqual({ label: 'Entered', meaning: 'by you on 02/04/2027' });
  });

  it("links web addresses only: a note, or a javascript: address from a stranger's file, stays text", () => {
    expect(sourceLink('https://www.nhsbsa.nhs.uk/x')?.hostname).toBe('www.nhsbsa.nhs.uk');
    expect(sourceLink('Copied from the NHSBSA PDF, April 2027')).toBeUndefined();
    expect(sourceLink('javascript:alert(1)')).toBeUndefined();
  });
});
