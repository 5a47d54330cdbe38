import { easterSunday } from '../../../../importers/dates/holidays';
import { datesIn } from '../dates-in';

// Fictional sentences. 2023-10-18 is a Wednesday.
describe('holiday parser', () => {
  it('dates a named day the way its verb points', () => {
    expect(datesIn('The app was pulled from stores on Christmas Eve.', '2023-10-18')).toEqual([['Christmas Eve', '2022-12-24', 'day', 'relative']]);
    expect(datesIn('The ban will take effect by Christmas.', '2023-10-18')).toEqual([['Christmas', '2023-12-25', 'day', 'relative']]);
    // US Thanksgiving: the fourth Thursday of November (23 November 2023)
    expect(datesIn('The regulator opened its inquiry Thanksgiving Day.', '2024-01-09')).toEqual([['Thanksgiving Day', '2023-11-23', 'day', 'relative']]);
  });

  it('reads "last" and "next" as strictly before and after publication', () => {
    expect(datesIn('The ministry has been silent since last Halloween.', '2023-10-31')).toEqual([['last Halloween', '2022-10-31', 'day', 'relative']]);
    expect(datesIn('The levy starts next New Year’s Day.', '2023-10-18')).toEqual([["next New Year’s Day", '2024-01-01', 'day', 'relative']]);
  });

  it('takes a stated year as explicit', () => {
    expect(datesIn('The treaty was signed on Good Friday 1998.', '2023-10-18')).toEqual([['Good Friday 1998', '1998-04-10', 'day', 'explicit']]);
  });

  it('leaves names, seasons and things alone', () => {
    expect(datesIn('The Good Friday Agreement still holds.', '2023-10-18')).toEqual([]);
    expect(datesIn('Christmas shopping fell sharply, and Christmas Island was closed.', '2023-10-18')).toEqual([]);
    expect(datesIn('The Easter Rising is taught in schools.', '2023-10-18')).toEqual([]);
  });

  it('computes Easter for any year', () => {
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ year: 2025, month: 4, day: 20 });
    expect(easterSunday(2038)).toEqual({ year: 2038, month: 4, day: 25 });
  });
});
