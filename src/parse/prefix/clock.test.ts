import { describe, expect, it } from 'vitest';
import { NOMINAL_YEAR, yearlessClock } from './clock';

describe('yearlessClock', () => {
  it('reads a syslog date without a year in the nominal year', () => {
    expect(yearlessClock('Nov 22 11:09:03')).toEqual({
      clockMs: Date.UTC(NOMINAL_YEAR, 10, 22, 11, 9, 3),
      offsetMin: null,
    });
    expect(yearlessClock('Feb  3 01:02:03')?.clockMs).toBe(Date.UTC(NOMINAL_YEAR, 1, 3, 1, 2, 3));
    expect(yearlessClock('Feb 29 00:00:00')?.clockMs).toBe(Date.UTC(NOMINAL_YEAR, 1, 29));
  });

  it('reads nothing else', () => {
    for (const other of [null, '[ 12.345678]', '2024-05-07T10:11:12Z', 'Foo 22 11:09:03', 'Mon Nov 22 11:09:03 2021'])
      expect(yearlessClock(other)).toBeNull();
  });
});
