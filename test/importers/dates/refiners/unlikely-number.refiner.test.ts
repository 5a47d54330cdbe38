import { datesIn } from '../dates-in';

describe('unlikely-number refiner', () => {
  it('keeps a bare year the bare-year parser vouched for', () => {
    expect(datesIn('It was founded in 2012.', null)).toEqual([['2012', '2012', 'year', 'explicit']]);
  });

  it('drops a plain number', () => {
    expect(datesIn('It has 2012 staff and 48 offices.', null)).toEqual([]);
  });

  it('drops a date that does not exist', () => {
    expect(datesIn('The order is dated February 30, 2023.', null)).toEqual([]);
  });
});
