import { datesIn } from '../dates-in';

describe('casual-day filter refiner', () => {
  it('keeps today and yesterday as days relative to publication', () => {
    expect(datesIn('The agency said today that it would appeal.', '2024-04-09')).toEqual([['today', '2024-04-09', 'day', 'relative']]);
    expect(datesIn('Yesterday, the court struck the law down.', '2024-04-09')).toEqual([['Yesterday', '2024-04-08', 'day', 'relative']]);
    // a quotation opened with backticks, as wire archives write it
    expect(datesIn("The minister said: ``Today, we end the levy.''", '2024-04-09')).toEqual([['Today', '2024-04-09', 'day', 'relative']]);
  });

  it('drops "now", which names no date', () => {
    expect(datesIn('The app is now banned on staff phones.', '2024-04-09')).toEqual([]);
  });

  it('drops a capitalised Today inside a name', () => {
    expect(datesIn('Listen to Privacy Today, the weekly show, for more.', '2024-04-09')).toEqual([]);
  });
});
