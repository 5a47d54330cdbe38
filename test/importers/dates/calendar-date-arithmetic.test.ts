import { format, isValid, parse } from 'date-fns';
import { formatAtPrecision, fromLocalDate, parseCalendarDate, toLocalDate } from '../../../importers/dates/calendar-date';

/**
 * parseCalendarDate and formatAtPrecision do their arithmetic by hand (date-fns' parse and format
 * were 8 % of extraction time); they must answer exactly as date-fns did, rollovers included.
 */
describe('calendar-date arithmetic agrees with date-fns', () => {
  const years = [0, 1, 25, 99, 100, 1900, 1999, 2000, 2023, 2024, 2100, 9999];
  const cases = years.flatMap((year) => Array.from({ length: 14 }, (_, month) => Array.from({ length: 33 }, (_, day) => ({ year, month, day }))).flat());

  it('formats every day, month and year as date-fns format of the local date did', () => {
    const differ: unknown[] = [];
    for (const date of cases) {
      for (const precision of ['year', 'month', 'day'] as const) {
        const pattern = precision === 'year' ? 'yyyy' : precision === 'month' ? 'yyyy-MM' : 'yyyy-MM-dd';
        const want = format(toLocalDate(date), pattern);
        const got = formatAtPrecision(date, precision);
        if (got !== want) differ.push({ date, precision, want, got });
      }
    }
    expect(cases.length).toBeGreaterThan(5000);
    expect(differ).toEqual([]);
  });

  it('parses YYYY-MM-DD as date-fns parse did, refusing days that do not exist', () => {
    const differ: unknown[] = [];
    for (const { year, month, day } of cases) {
      const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const parsed = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
      const want = isValid(parsed) ? fromLocalDate(parsed) : null;
      const got = parseCalendarDate(text);
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push({ text, want, got });
    }
    expect(differ).toEqual([]);
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('17/03/2023')).toBeNull();
  });
});
