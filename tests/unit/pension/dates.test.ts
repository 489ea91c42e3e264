// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, fromDayNumber, isIsoDate } from '../../../lib/shared/dates';

describe('engine dates', () => {
  it('fromDayNumber agrees with the platform calendar for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_006 }), (day) => {
        expect(fromDayNumber(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(fromDayNumber(day))).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-00-10', false],
    ['2025-1-10', false],
  ])('isIsoDate(%s) is %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('addMonths agrees with the platform calendar, including days the target month lacks', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_006 }), fc.integer({ min: -1200, max: 1200 }), (day, months) => {
        const iso = fromDayNumber(day);
        const [y, m, d] = iso.split('-').map(Number);
        expect(addMonths(iso, months)).toBe(new Date(Date.UTC(y!, m! - 1 + months, d!)).toISOString().slice(0, 10));
      }),
      { numRuns: 5000 },
    );
  });

  it('isIsoDate accepts exactly the real dates written YYYY-MM-DD, read digit by digit', () => {
    const byPattern = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    const nearDates = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('-', '/', '-', ''),
        fc.constantFrom('', ' ', 'T', '0', '\n'),
      )
      .map(
        ([y, m, d, dash, tail]) => `${String(y).padStart(4, '0')}${dash}${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`,
      );
    fc.assert(
      fc.property(
        fc.oneof(
          nearDates,
          fc.string({ maxLength: 12 }),
          fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '٣', 'a'), maxLength: 11 }),
        ),
        (value) => {
          expect(isIsoDate(value)).toBe(byPattern(value));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('rolls a missing day forward, as a 29 February birthday does', () => {
    expect(addMonths('1952-02-29', 75 * 12)).toBe('2027-03-01');
  });
});
