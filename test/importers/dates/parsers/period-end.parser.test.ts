import { datesIn } from '../dates-in';

const PUBLISHED = '2024-12-15';

describe('period-end parser', () => {
  it('gives the end of a year at year precision', () => {
    expect(datesIn('The rules take effect at the end of the year.', PUBLISHED)).toEqual([['the end of the year', '2024', 'year', 'relative']]);
    expect(datesIn('A decision is due by the end of next year.', PUBLISHED)).toEqual([['the end of next year', '2025', 'year', 'relative']]);
    expect(datesIn('Sales rose by year-end.', PUBLISHED)).toEqual([['year-end', '2024', 'year', 'relative']]);
  });

  it('gives the end of a month at month precision, across a year boundary', () => {
    expect(datesIn('Firms must comply by the end of next month.', PUBLISHED)).toEqual([['the end of next month', '2025-01', 'month', 'relative']]);
  });

  it('needs a publication date', () => {
    expect(datesIn('The rules take effect at the end of the year.', null)).toEqual([]);
  });
});
