import { casual } from 'chrono-node';
import { datesIn } from './dates-in';
import { REMOVED_CHRONO_PARSERS, REMOVED_CHRONO_REFINERS, TIMELINE_PARSERS, TIMELINE_REFINERS, createTimelineChrono } from '../../../importers/dates/chrono-configuration';

describe('chrono configuration', () => {
  it('names only parsers and refiners chrono has (a chrono upgrade that renames one fails here)', () => {
    const parserNames = casual.parsers.map((parser) => parser.constructor.name);
    const refinerNames = casual.refiners.map((refiner) => refiner.constructor.name);
    for (const name of REMOVED_CHRONO_PARSERS) expect(parserNames).toContain(name);
    for (const name of REMOVED_CHRONO_REFINERS) expect(refinerNames).toContain(name);
  });

  it('clones casual: removes those, keeps the rest, adds ours, and leaves chrono.casual untouched', () => {
    const before = casual.parsers.length;
    const chrono = createTimelineChrono();
    const names = chrono.parsers.map((parser) => parser.constructor.name);
    for (const name of REMOVED_CHRONO_PARSERS) expect(names).not.toContain(name);
    expect(names).toContain('ENMonthNameMiddleEndianParser');
    for (const parser of TIMELINE_PARSERS) expect(chrono.parsers).toContain(parser);
    expect(chrono.refiners.slice(-TIMELINE_REFINERS.length)).toEqual(TIMELINE_REFINERS);
    expect(casual.parsers.length).toBe(before);
  });

  it('gives each end of a range its own date: the second is not lost in a merged range', () => {
    // (fictional) 2023-10-18
    expect(datesIn('The levy applied from Aug. 26 to Oct. 2, then lapsed.', '2023-10-18').map((d) => [d[0], d[1]])).toEqual([
      ['Aug. 26', '2023-08-26'],
      ['Oct. 2', '2023-10-02'],
    ]);
    expect(datesIn('Fines were paid from 2019 to 2021.', '2023-10-18').map((d) => d[1])).toEqual(['2019', '2021']);
  });
});

describe('the end of a month', () => {
  it('"the end of July" is the month, not its last day; "the end of July 14" is July 14', () => {
    expect(datesIn('The regulator has until the end of July to appeal.', '2023-07-10')).toEqual([['July', '2023-07', 'month', 'relative']]);
    expect(datesIn('The regulator has until the end of July 14 to appeal.', '2023-07-10')).toEqual([['July 14', '2023-07-14', 'day', 'relative']]);
  });
});
