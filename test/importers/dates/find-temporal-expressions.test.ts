import fc from 'fast-check';
import { findTemporalExpressions, precisionOf } from '../../../importers/dates';

describe('findTemporalExpressions', () => {
  const text = 'On Tuesday, the regulator said it would fine the firm. The law, passed on April 4, 2022, was amended in 2023. A review is set for next week.';

  it('returns every date with offsets into the text, sorted and non-overlapping', () => {
    const found = findTemporalExpressions(text, '2024-05-09');
    expect(found.map((e) => [e.text, e.value, e.precision, e.basis])).toEqual([
      ['Tuesday', '2024-05-07', 'day', 'relative'],
      ['April 4, 2022', '2022-04-04', 'day', 'explicit'],
      ['2023', '2023', 'year', 'explicit'],
      ['next week', '2024-05', 'month', 'relative'],
    ]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('returns only explicit dates when the publication date is unknown or invalid', () => {
    const explicit = [['April 4, 2022', '2022-04-04'], ['2023', '2023']];
    expect(findTemporalExpressions(text, null).map((e) => [e.text, e.value])).toEqual(explicit);
    expect(findTemporalExpressions(text, '2024-02-31').map((e) => [e.text, e.value])).toEqual(explicit);
  });

  it('accepts a timestamp that starts with the publication day', () => {
    expect(findTemporalExpressions('The board met on Tuesday.', '2024-05-09T08:30:00Z').map((e) => e.value)).toEqual(['2024-05-07']);
  });

  it('gives a yearless explicit day its year from the tense, as a relative date', () => {
    expect(findTemporalExpressions('The bill was signed on Dec. 5.', '2024-01-10')).toEqual([
      { text: 'Dec. 5', start: 23, end: 29, value: '2023-12-05', precision: 'day', basis: 'relative' },
    ]);
  });

  it('never throws, and every result is well-formed, on arbitrary text', () => {
    const words = fc.constantFrom('in', 'on', 'last', 'next', 'week', 'the', 'to', 'June', 'May', 'Monday', 'December 11', '2020', '1,500', '.', ',', ' ', '\n', 'said', 'will', 'year', 'month', '60%', 'Feb.');
    const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')));
    const published = fc.oneof(fc.constant(null), fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(texts, published, (input, pub) => {
        const found = findTemporalExpressions(input, pub);
        let end = 0;
        for (const e of found) {
          expect(e.start).toBeGreaterThanOrEqual(end);
          expect(input.slice(e.start, e.end)).toBe(e.text);
          expect(precisionOf(e.value)).toBe(e.precision);
          if (pub === null) expect(e.basis).toBe('explicit');
          end = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
