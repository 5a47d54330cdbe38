import { findTemporalExpressions } from '../../../../importers/dates';

describe('leading-preposition refiner', () => {
  it('leaves the preposition out of chrono results and moves the offsets with it', () => {
    const text = 'The statute passed on 14 November 2019 after a long fight.';
    const [found] = findTemporalExpressions(text, null);
    expect(found).toMatchObject({ text: '14 November 2019', value: '2019-11-14', precision: 'day', basis: 'explicit' });
    expect(text.slice(found?.start, found?.end)).toBe('14 November 2019');
  });

  it('does not touch a date that starts with no preposition', () => {
    expect(findTemporalExpressions('November 14, 2019 was the day.', null)[0]?.text).toBe('November 14, 2019');
  });
});
