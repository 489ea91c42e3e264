import { describe, expect, it } from 'vitest';
import { nextFormBMonth, todayInEngland } from '../../lib/today';

describe('todayInEngland', () => {
  it('uses the date in London, not UTC', () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});

describe('nextFormBMonth', () => {
  it.each([
    ['2026-11-21', '2026-11'],
    ['2026-11-07', '2026-10'],
    ['2026-11-08', '2026-11'],
    ['2027-01-03', '2026-12'],
  ])('on %s the open Locum B is for %s', (today, month) => {
    expect(nextFormBMonth(today)).toBe(month);
  });
});
