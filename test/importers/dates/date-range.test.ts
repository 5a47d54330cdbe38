import { comparePrecision, dateRange, precisionOf } from '../../../importers/dates';

describe('dateRange', () => {
  it('covers a whole year, month or day', () => {
    expect(dateRange('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(dateRange('2023-03')).toEqual({ start: '2023-03-01', end: '2023-03-31' });
    expect(dateRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateRange('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(dateRange('2023-03-16')).toEqual({ start: '2023-03-16', end: '2023-03-16' });
  });

  it('returns null for anything that is not a date value', () => {
    for (const value of ['', '23', '2023-13', '2023-02-30', '2023-3-1', 'March 2023', '2023-03-16T00:00']) {
      expect(dateRange(value)).toBeNull();
    }
  });
});

describe('precision helpers', () => {
  it('orders year < month < day', () => {
    expect(comparePrecision('year', 'month')).toBeLessThan(0);
    expect(comparePrecision('day', 'month')).toBeGreaterThan(0);
    expect(comparePrecision('month', 'month')).toBe(0);
    expect((['day', 'year', 'month'] as const).slice().sort(comparePrecision)).toEqual(['year', 'month', 'day']);
  });

  it('reads the precision a value is written in', () => {
    expect(precisionOf('2023')).toBe('year');
    expect(precisionOf('2023-03')).toBe('month');
    expect(precisionOf('2023-03-16')).toBe('day');
    expect(precisionOf('March')).toBeNull();
  });
});
