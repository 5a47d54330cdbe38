import { isIsoDay, toIsoDay } from '../../../importers/readers/iso-day';

describe('toIsoDay', () => {
  it.each([
    ['2023-03-17', '2023-03-17'],
    ['2023-03-17T23:30:00-05:00', '2023-03-17'],
    ['2023-03-17 08:00', '2023-03-17'],
    ['Fri, 17 Mar 2023 10:00:00 GMT', '2023-03-17'],
    ['17 March 2023', '2023-03-17'],
    ['March 17, 2023', '2023-03-17'],
    ['Sept. 3, 2023', '2023-09-03'],
    ['Friday, March 17th, 2023', '2023-03-17'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDay(input)).toBe(expected);
  });

  it.each(['2023-02-30', '2023-13-01', 'Marsh 17, 2023', 'yesterday', '17/03/2023', ''])('%j is not a day', (input) => {
    expect(toIsoDay(input)).toBeNull();
  });

  it('isIsoDay accepts only real YYYY-MM-DD', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2023-3-1')).toBe(false);
  });
});
