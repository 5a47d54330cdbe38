import { datesIn } from '../dates-in';

// Fictional sentences.
describe('shared-year refiner', () => {
  it('gives the first date of a range the year written after the second', () => {
    expect(datesIn('The office examined the period between 31 July and 31 December 2020.', '2023-09-15').map((d) => [d[0], d[1]])).toEqual([
      ['31 July', '2020-07-31'],
      ['31 December 2020', '2020-12-31'],
    ]);
    expect(datesIn('The rule applied from March 1 to June 30, 2021, the office said.', '2023-09-15').map((d) => [d[0], d[1]])).toEqual([
      ['March 1', '2021-03-01'],
      ['June 30, 2021', '2021-06-30'],
    ]);
  });
  it('a first month after the second crosses the new year: "between December 1 and January 31, 2021"', () => {
    expect(datesIn('Sales were paused between December 1 and January 31, 2021.', '2023-09-15').map((d) => d[1])).toEqual(['2020-12-01', '2021-01-31']);
  });
  it('leaves two dates that are no range alone: "on March 1, and the report of June 30, 2021"', () => {
    expect(datesIn('The fine came on March 1, weeks after the report of June 30, 2021.', '2023-09-15').map((d) => d[1])).toEqual(['2023-03-01', '2021-06-30']);
  });
});
