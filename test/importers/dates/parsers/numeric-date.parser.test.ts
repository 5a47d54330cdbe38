import { datesIn } from '../dates-in';
import { monthAndDay } from '../../../../importers/dates/parsers/numeric-date.parser';

// Fictional notices and reports.
describe('numeric-date parser', () => {
  it('reads a day in figures with a four-digit year, day first with dots and dashes', () => {
    expect(datesIn('The rules were published on 15.03.2024 in the gazette.', '2024-03-20')).toEqual([['15.03.2024', '2024-03-15', 'day', 'explicit']]);
    expect(datesIn('The order dated 01.07.2023 blocks the app.', '2024-03-20')).toEqual([['01.07.2023', '2023-07-01', 'day', 'explicit']]);
    expect(datesIn('A notification of 5-9-2022 extended the ban.', '2024-03-20')).toEqual([['5-9-2022', '2022-09-05', 'day', 'explicit']]);
  });

  it('orders a slash date by the number above 12, and gives only the year when either order fits', () => {
    expect(datesIn('The ban took effect on 15/03/2024.', '2024-03-20')).toEqual([['15/03/2024', '2024-03-15', 'day', 'explicit']]);
    expect(datesIn('The ban took effect on 03/15/2024.', '2024-03-20')).toEqual([['03/15/2024', '2024-03-15', 'day', 'explicit']]);
    expect(datesIn('The ban took effect on 04/04/2024.', '2024-03-20')).toEqual([['04/04/2024', '2024-04-04', 'day', 'explicit']]);
    expect(datesIn('The ban took effect on 01/07/2024.', '2024-03-20')).toEqual([['01/07/2024', '2024', 'year', 'explicit']]);
  });

  it('leaves figures that are no date alone', () => {
    expect(datesIn('Support runs 24/7 and the score was 3/4.', '2024-03-20')).toEqual([]);
    expect(datesIn('Version 1.15.2024 of the app shipped.', '2024-03-20')).toEqual([]);
    expect(datesIn('Ratios of 31/31/2024 and 30.02.2024 are not days.', '2024-03-20')).toEqual([]);
  });

  it('decides the order from the numbers alone', () => {
    expect(monthAndDay(15, 3, '.')).toEqual([3, 15]);
    expect(monthAndDay(3, 15, '/')).toEqual([3, 15]);
    expect(monthAndDay(1, 7, '/')).toBe('ambiguous');
    expect(monthAndDay(1, 7, '-')).toEqual([7, 1]);
    expect(monthAndDay(13, 14, '/')).toBeNull();
  });
});
