import { datesIn } from '../dates-in';

describe('lowercase-month refiner', () => {
  it('drops a month name written in lower case', () => {
    expect(datesIn('Protesters will march 8 miles to the ministry.', '2024-05-08')).toEqual([]);
    expect(datesIn('Some firms may 1 day face fines.', '2024-05-08')).toEqual([]);
  });

  it('keeps capitalised months', () => {
    expect(datesIn('Protesters met on March 8, 2024.', null)).toEqual([['March 8, 2024', '2024-03-08', 'day', 'explicit']]);
  });
});
