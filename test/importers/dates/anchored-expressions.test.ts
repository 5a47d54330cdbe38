import { findAnchoredInterval, shiftAnchor } from '../../../importers/dates/anchored-interval';
import { datesIn } from './dates-in';

// Fictional sentences.
describe('dates counted from the date stated before', () => {
  it('counts "later that year", "the following year" and "a month earlier" from the date just before', () => {
    expect(datesIn('The council banned the app in March 2019 and lifted the ban later that year.', '2024-05-02')).toEqual([
      ['March 2019', '2019-03', 'month', 'explicit'],
      ['later that year', '2019', 'year', 'relative'],
    ]);
    expect(datesIn('On May 4, 2016, the bill passed. The following year the courts struck it down.', '2024-05-02')).toEqual([
      ['May 4, 2016', '2016-05-04', 'day', 'explicit'],
      ['The following year', '2017', 'year', 'relative'],
    ]);
    expect(datesIn('The levy took effect on June 3, 2021; a month earlier the agency had warned.', '2024-05-02')).toEqual([
      ['June 3, 2021', '2021-06-03', 'day', 'explicit'],
      ['a month earlier', '2021-05', 'month', 'relative'],
    ]);
  });

  it('counts a comparison and "year-earlier" from publication, and never from another counted date', () => {
    expect(datesIn('Fines rose 15% from a year earlier; the 2019 figure was lower.', '2024-05-02')).toEqual([
      ['a year earlier', '2023', 'year', 'relative'],
      ['2019', '2019', 'year', 'explicit'],
    ]);
    expect(datesIn('In 2020 fines fell. They were 4% above year-earlier levels, compared with 2% a year earlier.', '2024-05-02').map((d) => d[1])).toEqual([
      '2020',
      '2023',
      '2023',
    ]);
  });

  it('says nothing where there is nothing to count from, or the anchor is too coarse', () => {
    expect(datesIn('Two years later, the ban was lifted.', '2024-05-02')).toEqual([]);
    expect(datesIn('The law passed in 2019; the next day the president signed it.', '2024-05-02')).toEqual([['2019', '2019', 'year', 'explicit']]);
    // "over the next year" is a span from now, not the year after 2019
    expect(datesIn('In 2019 the plan was set; plants will close over the next year.', '2024-05-02')).toEqual([['2019', '2019', 'year', 'explicit']]);
  });

  it('shifts an anchor by the interval, at the interval’s unit', () => {
    const interval = findAnchoredInterval('two years later');
    expect(interval).toMatchObject({ unit: 'year', offset: 2 });
    expect(shiftAnchor({ value: '2019-03-04', precision: 'day' }, interval!)).toEqual({ value: '2021', precision: 'year' });
    expect(shiftAnchor({ value: '2019-12-30', precision: 'day' }, findAnchoredInterval('a week later')!)).toEqual({ value: '2020-01-06', precision: 'day' });
    expect(shiftAnchor({ value: '2019', precision: 'year' }, findAnchoredInterval('a month later')!)).toBeNull();
  });
});
