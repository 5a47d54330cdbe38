import { casual } from 'chrono-node';
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
});
