// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formBDeadline, formBMonthFor, PensionInputError, tenWeekLimit } from '../../../lib/pension';

describe('tenWeekLimit: last day worked + 70 days', () => {
  it.each([
    ['2025-06-02', '2025-08-11'],
    ['2024-02-20', '2024-04-30'], // leap year: 9 + 31 + 30 = 70
    ['2023-02-20', '2023-05-01'], // no 29 February
    ['2025-12-31', '2026-03-11'],
  ])('%s → %s', (lastDay, limit) => {
    expect(tenWeekLimit(lastDay)).toBe(limit);
  });

  it('rejects a date that does not exist', () => {
    expect(() => tenWeekLimit('2025-02-29')).toThrow(PensionInputError);
  });
});

describe('formBDeadline: the 7th of the following month', () => {
  it.each([
    ['2025-08', '2025-09-07'],
    ['2025-12', '2026-01-07'],
    ['2024-02', '2024-03-07'],
  ])('%s → %s', (month, deadline) => {
    expect(formBDeadline(month)).toBe(deadline);
  });

  it.each([['2025-13'], ['2025-8'], ['August 2025']])('rejects %s', (month) => {
    expect(() => formBDeadline(month)).toThrow(/YYYY-MM/);
  });
});

describe('formBMonthFor', () => {
  it('is the month paid when work and pay share a rate period', () => {
    expect(formBMonthFor('2025-05-28', '2025-06-15')).toBe('2025-06');
    expect(formBMonthFor('2025-06-02', '2025-06-02')).toBe('2025-06');
  });

  it('is the month worked for March work paid in April (every year)', () => {
    expect(formBMonthFor('2024-03-28', '2024-04-10')).toBe('2024-03');
    expect(formBMonthFor('2017-03-31', '2017-04-01')).toBe('2017-03');
    expect(formBMonthFor('2021-03-15', '2021-04-20')).toBe('2021-03');
  });

  it('is the month worked for September 2022 work paid in October 2022', () => {
    expect(formBMonthFor('2022-09-29', '2022-10-05')).toBe('2022-09');
  });

  it('is the month paid for September work paid in October in other years', () => {
    expect(formBMonthFor('2023-09-29', '2023-10-05')).toBe('2023-10');
  });

  it('is the month worked when the payment date is beyond the known periods', () => {
    expect(formBMonthFor('2027-03-30', '2027-04-09')).toBe('2027-03');
  });
});
