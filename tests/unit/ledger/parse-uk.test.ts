// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poundsForSpreadsheet } from '../../../lib/ledger/csv-export';
import { dateInWords, parseEnteredDate, parsePounds, parseUkDate } from '../../../lib/shared/parse-uk';
import { formatUkDate, fromDayNumber } from '../../../lib/shared/dates';
import { formatPence } from '../../../lib/shared/money';

/** Property runs are many; other suites running alongside can slow them past Vitest's 5-second default. */
const PROPERTY_TIMEOUT = 60_000;

const value = <T>(result: { ok: true; value: T } | { ok: false; reason: string }) => (result.ok ? result.value : result.reason);

describe('parseUkDate', () => {
  it.each([
    ['05/05/2025', '2025-05-05'],
    ['5/5/2025', '2025-05-05'],
    ['05-05-2025', '2025-05-05'],
    ['05.05.2025', '2025-05-05'],
    ['2025-05-05', '2025-05-05'],
    ['05/05/25', '2025-05-05'],
    ['29/02/2024', '2024-02-29'],
    ['  31/12/2025 ', '2025-12-31'],
    ['1/12/26', '2026-12-01'],
    ['05 03 2026', '2026-03-05'],
    ['22-Oct-26', '2026-10-22'],
    ['22 oct 2026', '2026-10-22'],
    ['5 September 2025', '2025-09-05'],
    ['5 Sept 2025', '2025-09-05'],
    ['Tue 27/10/2026', '2026-10-27'],
    ['Tuesday, 27/10/2026', '2026-10-27'],
    ['Tue 27-Oct-26', '2026-10-27'],
    ['2026-3-5', '2026-03-05'],
  ])('reads %s as %s', (written, iso) => {
    expect(parseUkDate(written)).toEqual({ ok: true, value: iso });
  });

  it('reads the day first, never guessing an American date', () => {
    expect(parseUkDate('03/04/2025')).toEqual({ ok: true, value: '2025-04-03' });
    expect(value(parseUkDate('05/13/2025'))).toBe(
      '"05/13/2025" is not a real date: dates are read day first (dd/mm/yyyy), and there is no month 13',
    );
  });

  it('refuses impossible dates', () => {
    expect(value(parseUkDate('31/02/2025'))).toBe('"31/02/2025" is not a real date');
    expect(value(parseUkDate('29/02/2025'))).toBe('"29/02/2025" is not a real date');
    expect(value(parseUkDate('00/01/2025'))).toBe('"00/01/2025" is not a real date');
    expect(value(parseUkDate('2025-02-30'))).toBe('"2025-02-30" is not a real date');
  });

  it('refuses other writings, naming the expected one', () => {
    expect(value(parseUkDate('May 5 2025'))).toBe('"May 5 2025" is not a date written dd/mm/yyyy');
    expect(value(parseUkDate('5 Mai 2025'))).toBe('"5 Mai 2025" is not a date written dd/mm/yyyy');
    expect(value(parseUkDate('05/05-2025'))).toBe('"05/05-2025" is not a date written dd/mm/yyyy');
    expect(value(parseUkDate('05/05/225'))).toBe('"05/05/225" is not a date written dd/mm/yyyy');
    expect(value(parseUkDate(''))).toBe('is empty');
  });

  it('refuses a weekday that does not match the date', () => {
    expect(value(parseUkDate('Mon 27/10/2026'))).toBe('"Mon 27/10/2026" does not add up: 27/10/2026 is a Tuesday');
  });

  it(
    'reads back every real date written dd/mm/yyyy',
    () => {
      const firstDay = -354_285; // 1000-01-01
      const lastDay = 2_932_896; // 9999-12-31
      fc.assert(
        fc.property(fc.integer({ min: firstDay, max: lastDay }), (day) => {
          const iso = fromDayNumber(day);
          expect(parseUkDate(formatUkDate(iso))).toEqual({ ok: true, value: iso });
        }),
        { numRuns: 5000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('dateInWords', () => {
  it.each([
    ['2026-11-30', 'Mon 30 Nov 2026'],
    ['2026-03-05', 'Thu 5 Mar 2026'],
    ['1980-07-14', 'Mon 14 Jul 1980'],
    ['1969-12-31', 'Wed 31 Dec 1969'],
  ])('writes %s as %s', (iso, words) => {
    expect(dateInWords(iso)).toBe(words);
  });
});

describe('parseEnteredDate', () => {
  const today = '2026-12-06';

  it('reads a day of work from 1 April 2015 to a year ahead', () => {
    expect(parseEnteredDate('01/04/2015', 'work', today)).toEqual({ ok: true, value: '2015-04-01' });
    expect(parseEnteredDate('6/12/27', 'work', today)).toEqual({ ok: true, value: '2027-12-06' });
  });

  it('refuses a day of work the scheme cannot hold, in words', () => {
    expect(value(parseEnteredDate('31/03/2015', 'work', today))).toBe(
      "Tue 31 Mar 2015 is before 1 April 2015, when the scheme's current tiers begin",
    );
    expect(value(parseEnteredDate('7/12/27', 'work', today))).toBe('Tue 7 Dec 2027 is more than a year ahead');
    expect(value(parseEnteredDate('31/02/2026', 'work', today))).toBe('"31/02/2026" is not a real date');
  });

  it('reads a date of birth for a locum aged 18 to 100', () => {
    expect(parseEnteredDate('14/07/1980', 'birth', today)).toEqual({ ok: true, value: '1980-07-14' });
    expect(parseEnteredDate('06/12/2008', 'birth', today)).toEqual({ ok: true, value: '2008-12-06' });
    expect(value(parseEnteredDate('07/12/2008', 'birth', today))).toBe('Sun 7 Dec 2008 would make you under 18');
    expect(value(parseEnteredDate('14/07/80', 'birth', today))).toBe('Sun 14 Jul 2080 would make you under 18');
    expect(value(parseEnteredDate('05/12/1926', 'birth', today))).toBe('Sun 5 Dec 1926 would make you over 100');
  });
});

describe('parsePounds', () => {
  it.each([
    ['£1,234.56', 123456],
    ['1234.5', 123450],
    ['1234.56', 123456],
    ['250', 25000],
    ['£ 250.00', 25000],
    ['0.07', 7],
    ['.5', 50],
    ['0', 0],
    ['1,234', 123400],
    ['1,234,567.89', 123456789],
    ['250,00', 25000],
    ['250,5', 25050],
    ['1 234,56', 123456],
    ['1\u00A0234.56', 123456],
    ['1\u202F234,56', 123456],
    ['-0.00', 0],
    [' 19.99 ', 1999],
    ['1000000000', 100_000_000_000],
  ])('reads %s as %i pence', (written, pence) => {
    expect(parsePounds(written)).toEqual({ ok: true, value: pence });
  });

  it('is exact where a float × 100 is not', () => {
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(parsePounds('1.005')).toEqual({ ok: false, reason: '"1.005" has more than two digits after the decimal point' });
    expect(0.29 * 100).not.toBe(29);
    expect(parsePounds('0.29')).toEqual({ ok: true, value: 29 });
    expect(parsePounds('4.35')).toEqual({ ok: true, value: 435 });
  });

  it('refuses negative amounts however they are written', () => {
    for (const written of ['-250.00', '£-250', '-£250', '(250.00)', '\u2212250']) {
      expect(value(parsePounds(written))).toBe(`"${written}" is negative; an amount must be 0 or more`);
    }
  });

  it('refuses what is not money, and ambiguous writings', () => {
    const help = 'is not an amount of money; write it like 1234.56 or £1,234.56';
    expect(value(parsePounds('abc'))).toBe(`"abc" ${help}`);
    expect(value(parsePounds('1.234,56'))).toBe(`"1.234,56" ${help}`);
    expect(value(parsePounds('12,34,567'))).toBe(`"12,34,567" ${help}`);
    expect(value(parsePounds('1,2345'))).toBe(`"1,2345" ${help}`);
    expect(value(parsePounds('1,234,56'))).toBe(`"1,234,56" ${help}`);
    expect(value(parsePounds('£'))).toBe(`"£" ${help}`);
    expect(value(parsePounds('250p'))).toBe(`"250p" ${help}`);
    expect(value(parsePounds(''))).toBe('is empty');
    expect(value(parsePounds('1000000000.01'))).toBe('"1000000000.01" is more than £1,000,000,000.00, the most Locum Ledger holds');
    expect(value(parsePounds('99999999999999999999'))).toBe(
      '"99999999999999999999" is more than £1,000,000,000.00, the most Locum Ledger holds',
    );
  });

  it(
    'reads back every amount up to £10m, written as the spreadsheet export and as £1,234.56',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (pence) => {
          expect(parsePounds(poundsForSpreadsheet(pence))).toEqual({ ok: true, value: pence });
          expect(parsePounds(formatPence(pence))).toEqual({ ok: true, value: pence });
        }),
        { numRuns: 5000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
