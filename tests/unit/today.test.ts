import { describe, expect, it } from 'vitest';
import { previousMonth, todayInEngland } from '../../lib/shared/today';

describe('todayInEngland', () => {
  it('uses the date in London, not UTC', () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});

describe('previousMonth', () => {
  it.each([
    ['2026-11', '2026-10'],
    ['2027-01', '2026-12'],
  ])('before %s is %s', (month, previous) => {
    expect(previousMonth(month)).toBe(previous);
  });
});
