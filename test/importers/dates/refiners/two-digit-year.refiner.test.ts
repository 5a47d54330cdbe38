import { datesIn } from '../dates-in';

describe('two-digit year refiner', () => {
  it('reads two digits after "Month day," as the next phrase, not the year 2010', () => {
    expect(datesIn('Mobile data came back at 3pm on July 28, 10 days after it was cut.', '2024-07-31')).toEqual([['July 28', '2024-07-28', 'day', 'relative']]);
  });

  it('keeps a year written in full', () => {
    expect(datesIn('The ban took effect on July 28, 2024.', '2024-07-31')).toEqual([['July 28, 2024', '2024-07-28', 'day', 'explicit']]);
  });
});
