import { datesIn } from '../dates-in';

// Wednesday 2024-05-08.
const PUBLISHED = '2024-05-08';

describe('ago parser', () => {
  it('gives each unit its own precision', () => {
    expect(datesIn('The ministry acted three days ago.', PUBLISHED)).toEqual([['three days ago', '2024-05-05', 'day', 'relative']]);
    expect(datesIn('The ministry acted a month ago.', PUBLISHED)).toEqual([['a month ago', '2024-04', 'month', 'relative']]);
    expect(datesIn('The ministry acted 2 years ago.', PUBLISHED)).toEqual([['2 years ago', '2022', 'year', 'relative']]);
  });

  it('gives a week as the month holding most of its working days', () => {
    // Two weeks before Wed 2024-05-08 is Wed 04-24, in the week of Monday 04-22 (to Sunday 04-28).
    expect(datesIn('The ministry acted two weeks ago.', PUBLISHED)).toEqual([['two weeks ago', '2024-04', 'month', 'relative']]);
    // One week before is Wed 05-01, in the week Mon 04-29 to Fri 05-03: three working days in May.
    expect(datesIn('The ministry acted a week ago.', PUBLISHED)).toEqual([['a week ago', '2024-05', 'month', 'relative']]);
  });

  it('finds nothing in a vague amount', () => {
    expect(datesIn('The ministry acted years ago and days ago.', PUBLISHED)).toEqual([]);
  });
});
