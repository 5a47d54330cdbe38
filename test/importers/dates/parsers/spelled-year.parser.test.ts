import { datesIn } from '../dates-in';

// Fictional transcript lines.
describe('spelled-year parser', () => {
  it('reads a year in words as an explicit year, with a month before it', () => {
    expect(datesIn('In nineteen ninety-four the council banned the devices.', '2024-05-02')).toEqual([['nineteen ninety-four', '1994', 'year', 'explicit']]);
    expect(datesIn('March nineteen ninety-nine. The ban is lifted.', '2024-05-02')).toEqual([['March nineteen ninety-nine', '1999-03', 'month', 'explicit']]);
    expect(datesIn('The levy will rise in twenty twenty-six.', '2024-05-02')).toEqual([['twenty twenty-six', '2026', 'year', 'explicit']]);
    expect(datesIn('The law was first passed in nineteen oh five.', null)).toEqual([['nineteen oh five', '1905', 'year', 'explicit']]);
  });

  it('reads "two thousand" as the year 2000 only where it cannot be a count', () => {
    expect(datesIn('They promised full coverage by the year two thousand.', '1998-02-05')).toEqual([['two thousand', '2000', 'year', 'explicit']]);
    expect(datesIn('It changed again in two thousand and eight.', '2024-05-02')).toEqual([['two thousand and eight', '2008', 'year', 'explicit']]);
    expect(datesIn('Some two thousand people marched on the ministry.', '2024-05-02')).toEqual([]);
  });

  it('leaves numbers in words that are not years alone', () => {
    expect(datesIn('Nineteen delegates and twenty observers came; twenty twelve-year-olds sang.', '2024-05-02')).toEqual([]);
    expect(datesIn('The vote was ninety-six to four.', '2024-05-02')).toEqual([]);
  });
});
