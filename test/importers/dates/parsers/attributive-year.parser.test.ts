import { findTemporalExpressions } from '../../../../importers/dates';
import { datesIn } from '../dates-in';

describe('attributive-year parser', () => {
  it('reads a year before a noun, after a determiner or a possessive, as an explicit year', () => {
    expect(datesIn('The ministry relied on a 2019 decree to block the service.', '2024-05-02')).toEqual([['2019', '2019', 'year', 'explicit']]);
    expect(datesIn('Critics said the 2021 law was too broad.', '2024-05-02')).toEqual([['2021', '2021', 'year', 'explicit']]);
    expect(datesIn("The agency's 2018 ban on the app still stands.", '2024-05-02')).toEqual([['2018', '2018', 'year', 'explicit']]);
    expect(datesIn('Its 2020 order was never enforced.', '2024-05-02')).toEqual([['2020', '2020', 'year', 'explicit']]);
  });

  it('leaves a count before a count noun alone', () => {
    expect(datesIn('The 2000 people who signed the petition were named.', null)).toEqual([]);
    expect(datesIn('Its 1500 employees were told on the same day.', null)).toEqual([]);
  });

  it('needs a word after the year and a determiner before it', () => {
    expect(datesIn('Shares closed at 2019 points.', null)).toEqual([]);
    expect(datesIn('The total was 2021.', null)).toEqual([]);
  });

  it('marks such a year as a modifier, and leaves it out when asked (the extraction pipeline does)', () => {
    const text = 'The regulator fined the firm on Tuesday under a 2021 law.';
    expect(findTemporalExpressions(text, '2024-05-17').map((t) => [t.text, t.modifier ?? false])).toEqual([['Tuesday', false], ['2021', true]]);
    expect(findTemporalExpressions(text, '2024-05-17', { modifiers: false }).map((t) => t.text)).toEqual(['Tuesday']);
  });
});
