import { resolveMonthDay, resolveMonthYear, resolveWeekday } from '../../../importers/dates/resolve-direction';

// Friday 2023-03-17.
const PUBLISHED = { year: 2023, month: 3, day: 17 };

describe('resolve-direction', () => {
  it('resolves weekdays back to the latest at or before publication, forward to the next after it', () => {
    expect(resolveWeekday(PUBLISHED, 4, 'past')).toEqual({ year: 2023, month: 3, day: 16 });
    expect(resolveWeekday(PUBLISHED, 5, 'past')).toEqual(PUBLISHED);
    expect(resolveWeekday(PUBLISHED, 6, 'past')).toEqual({ year: 2023, month: 3, day: 11 });
    expect(resolveWeekday(PUBLISHED, 1, 'future')).toEqual({ year: 2023, month: 3, day: 20 });
    expect(resolveWeekday(PUBLISHED, 4, 'future')).toEqual({ year: 2023, month: 3, day: 23 });
  });

  it('takes the publication day for its own weekday, past or future ("will vote Friday" in a Friday article)', () => {
    expect(resolveWeekday(PUBLISHED, 5, 'future')).toEqual(PUBLISHED);
  });

  it('goes a week back or ahead for "last" / "next" <weekday> on that weekday', () => {
    expect(resolveWeekday(PUBLISHED, 5, 'past', true)).toEqual({ year: 2023, month: 3, day: 10 });
    expect(resolveWeekday(PUBLISHED, 4, 'past', true)).toEqual({ year: 2023, month: 3, day: 16 });
    expect(resolveWeekday(PUBLISHED, 5, 'future', true)).toEqual({ year: 2023, month: 3, day: 24 });
  });

  it('crosses a year boundary for weekdays', () => {
    expect(resolveWeekday({ year: 2026, month: 1, day: 1 }, 3, 'past')).toEqual({ year: 2025, month: 12, day: 31 });
  });

  it('resolves a yearless day to the nearest one on the side the tense gives', () => {
    expect(resolveMonthDay(PUBLISHED, 12, 11, 'past')).toEqual({ year: 2022, month: 12, day: 11 });
    expect(resolveMonthDay(PUBLISHED, 3, 17, 'past')).toEqual({ year: 2023, month: 3, day: 17 });
    expect(resolveMonthDay(PUBLISHED, 3, 16, 'future')).toEqual({ year: 2024, month: 3, day: 16 });
    expect(resolveMonthDay(PUBLISHED, 3, 18, 'future')).toEqual({ year: 2023, month: 3, day: 18 });
  });

  it('resolves a yearless month, counting the publication month as both past and future', () => {
    expect(resolveMonthYear(PUBLISHED, 6, 'past')).toBe(2022);
    expect(resolveMonthYear(PUBLISHED, 2, 'past')).toBe(2023);
    expect(resolveMonthYear(PUBLISHED, 3, 'past')).toBe(2023);
    expect(resolveMonthYear(PUBLISHED, 3, 'future')).toBe(2023);
    expect(resolveMonthYear(PUBLISHED, 2, 'future')).toBe(2024);
  });
});
