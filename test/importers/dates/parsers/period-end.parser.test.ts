import { datesIn } from '../dates-in';

const PUBLISHED = '2024-12-15';

describe('period-end parser', () => {
  it('gives the end of a year as its last month (the edge of the year, not the whole year)', () => {
    expect(datesIn('The rules take effect at the end of the year.', PUBLISHED)).toEqual([['the end of the year', '2024-12', 'month', 'relative']]);
    expect(datesIn('A decision is due by the end of next year.', PUBLISHED)).toEqual([['the end of next year', '2025-12', 'month', 'relative']]);
    expect(datesIn('Sales rose by year-end.', PUBLISHED)).toEqual([['year-end', '2024-12', 'month', 'relative']]);
  });

  it('gives the end of a month at month precision, across a year boundary', () => {
    expect(datesIn('Firms must comply by the end of next month.', PUBLISHED)).toEqual([['the end of next month', '2025-01', 'month', 'relative']]);
  });

  it('gives the start of a year as its first month, the middle of a year as the year, and a month’s start or middle as the month', () => {
    expect(datesIn('The authority fined the firm at the beginning of the year.', '2024-05-15')).toEqual([['the beginning of the year', '2024-01', 'month', 'relative']]);
    expect(datesIn('The code applies from the start of next month.', '2024-12-10')).toEqual([['the start of next month', '2025-01', 'month', 'relative']]);
    expect(datesIn('A review is due by the middle of next year.', '2024-05-15')).toEqual([['the middle of next year', '2025', 'year', 'relative']]);
  });

  it('needs a publication date', () => {
    expect(datesIn('The rules take effect at the end of the year.', null)).toEqual([]);
  });
});
