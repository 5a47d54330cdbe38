import { datesIn, valueOf } from '../dates-in';

describe('week-to parser', () => {
  it('reads "the week to <day>" as that day, the most recent one for a past verb', () => {
    expect(datesIn('The platform said it removed 9,000 accounts in the week to November 28.', '2025-01-05')).toEqual([
      ['the week to November 28', '2024-11-28', 'day', 'relative'],
    ]);
  });

  it('reads "the week ending" and a day-first date', () => {
    expect(valueOf('Sales fell in the week ending 3 March, the group said.', '2024-03-10', 'the week ending 3 March')).toBe('2024-03-03');
  });

  it('keeps a stated year explicit', () => {
    expect(datesIn('Complaints doubled in the week to June 4, 2023.', null)).toEqual([['the week to June 4, 2023', '2023-06-04', 'day', 'explicit']]);
  });
});
