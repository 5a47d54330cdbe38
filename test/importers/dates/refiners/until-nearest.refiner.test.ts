import { datesIn } from '../dates-in';

// Thursday 2024-04-18.
const PUBLISHED = '2024-04-18';

describe('until-nearest refiner', () => {
  it('gives a yearless "until" date the occurrence nearest publication, whatever the verb’s tense', () => {
    expect(datesIn('The judge adjourned the case until May 2.', PUBLISHED)).toEqual([['May 2', '2024-05-02', 'day', 'relative']]);
    expect(datesIn('The site stayed blocked until March 3.', PUBLISHED)).toEqual([['March 3', '2024-03-03', 'day', 'relative']]);
    expect(datesIn('The tribunal postponed its ruling to June.', PUBLISHED)).toEqual([['June', '2024-06', 'month', 'relative']]);
  });

  it('gives an "until <weekday>" the nearest such day, before or after publication', () => {
    // Thursday 2024-04-18: the coming Friday is one day away, the last one six.
    expect(datesIn('The regulator gave the platform until Friday to comply.', PUBLISHED)).toEqual([['Friday', '2024-04-19', 'day', 'relative']]);
    // Saturday 2022-07-30: the deadline extended until Friday was the day before.
    expect(datesIn('The deadline, which had been extended until Friday, passed.', '2022-07-30')).toEqual([['Friday', '2022-07-29', 'day', 'relative']]);
    // "last" still decides.
    expect(datesIn('The site stayed blocked until last Friday.', PUBLISHED)).toEqual([['last Friday', '2024-04-12', 'day', 'relative']]);
    // a deadline's hour between "until" and its day: Monday 2024-04-01, Tuesday is the next day
    expect(datesIn('The regulator has given the operators until 9 a.m. Tuesday to restore the service.', '2024-04-01')).toEqual([['Tuesday', '2024-04-02', 'day', 'relative']]);
  });

  it('leaves a stated year, and a plain "to" that puts nothing off, to the other rules', () => {
    expect(datesIn('The judge adjourned the case until May 2, 2025.', PUBLISHED)).toEqual([['May 2, 2025', '2025-05-02', 'day', 'explicit']]);
    expect(datesIn('The ministry sent a letter to the firm in May.', PUBLISHED)).toEqual([['May', '2023-05', 'month', 'relative']]);
  });
});
