import { datesIn, valueOf } from '../dates-in';

describe('relative-year-suffix refiner', () => {
  it('gives a yearless day the year named after it', () => {
    expect(datesIn('The rules came into force on March 3 last year.', '2024-02-01')).toEqual([['March 3 last year', '2023-03-03', 'day', 'relative']]);
    expect(valueOf('The rules come into force on March 3 next year.', '2024-02-01', 'March 3 next year')).toBe('2025-03-03');
  });

  it('gives a yearless month the year named after it', () => {
    expect(datesIn('The probe began in July of last year.', '2024-02-01')).toEqual([['July of last year', '2023-07', 'month', 'relative']]);
    expect(valueOf('The probe began in July this year.', '2024-08-01', 'July this year')).toBe('2024-07');
  });

  it('leaves a relative year alone when no yearless date precedes it', () => {
    expect(datesIn('Last year, the state fined two firms.', '2024-02-01')).toEqual([['Last year', '2023', 'year', 'relative']]);
  });
});
