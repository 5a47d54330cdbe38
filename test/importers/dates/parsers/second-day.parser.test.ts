import { datesIn } from '../dates-in';

// Fictional sentences.
describe('second-day parser', () => {
  it('gives the second day of "April 24 and 25" its month, and the year stated after it', () => {
    expect(datesIn('The ministers will meet in Oslo on April 24 and 25.', '2024-02-10').map((d) => [d[0], d[1]])).toEqual([
      ['April 24', '2024-04-24'],
      ['25', '2024-04-25'],
    ]);
    expect(datesIn('The council sat on Sept. 19 and 23, 2019.', null).map((d) => [d[0], d[1]])).toEqual([
      ['Sept. 19', '2019-09-19'],
      ['23, 2019', '2019-09-23'],
    ]);
  });

  it('leaves a count, and a number that cannot be the later day, alone', () => {
    expect(datesIn('On April 24 and 25 people marched.', '2024-02-10').map((d) => d[0])).toEqual(['April 24']);
    expect(datesIn('On March 3 and 2 it rained.', '2024-02-10').map((d) => d[0])).toEqual(['March 3']);
  });
});
