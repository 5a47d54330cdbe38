import { datesIn, valueOf } from '../dates-in';

// Fictional sentences.
describe('season parser', () => {
  it('reads a past season at year precision', () => {
    expect(datesIn('A Nortland lawmaker introduced the bill over the summer.', '2022-11-29')).toEqual([['the summer', '2022', 'year', 'relative']]);
    // Published in March: the summer that has begun by then is last year's.
    expect(valueOf('The regulator opened its inquiry in the summer.', '2023-03-10', 'the summer')).toBe('2022');
    expect(valueOf('The ministry dropped the plan last autumn.', '2023-03-10', 'last autumn')).toBe('2022');
  });

  it('reads a future season forward', () => {
    expect(valueOf('The rules will take effect in the spring.', '2023-11-02', 'the spring')).toBe('2024');
    expect(valueOf('A vote is expected next summer.', '2023-11-02', 'next summer')).toBe('2024');
  });

  it('files "this <season>" under the publication year, and winter under the year of its January', () => {
    expect(valueOf('The board approved it this summer.', '2022-11-29', 'this summer')).toBe('2022');
    expect(valueOf('The grid operator rationed power last winter.', '2023-06-01', 'last winter')).toBe('2023');
  });

  it('takes a stated year as explicit', () => {
    expect(datesIn('The agency adopted the rules in the spring of 2021.', '2023-06-01')).toEqual([['the spring of 2021', '2021', 'year', 'explicit']]);
    expect(datesIn('The law was drafted in summer 2019.', '2023-06-01')).toEqual([['summer 2019', '2019', 'year', 'explicit']]);
  });

  it('is not a date as a verb, a noun of falling, or in a name', () => {
    expect(datesIn('Prices fall when supply rises.', '2023-06-01')).toEqual([]);
    expect(datesIn('The fall of the government surprised analysts.', '2023-06-01')).toEqual([]);
    expect(datesIn('Shares saw a fall in value during the fall of the cabinet.', '2023-06-01')).toEqual([]);
    expect(datesIn('Protests recalled the Arab Spring across the region.', '2023-06-01')).toEqual([]);
    expect(datesIn('Athletes arrived for the Summer Olympics.', '2023-06-01')).toEqual([]);
    expect(datesIn('The winter storm closed roads.', '2023-06-01')).toEqual([]);
  });
});
