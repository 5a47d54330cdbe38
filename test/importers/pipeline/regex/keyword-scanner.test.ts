import fc from 'fast-check';
import { KeywordScanner } from '../../../../importers/pipeline/regex/keyword-scanner';

describe('KeywordScanner', () => {
  it('finds every word that occurs, overlapping or nested, and no other', () => {
    const scanner = new KeywordScanner(['ban', 'banned', 'anne', 'export', ' act', 'n’t']);
    expect([...scanner.scan('they banned exports; it can’t act')]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...scanner.scan('a bank exported nothing')]).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('agrees with includes() on random words and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '’');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
    const text = fc.array(fc.oneof(alphabet, fc.constantFrom('x', 'é')), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), text, (words, t) => {
        const found = new KeywordScanner(words).scan(t);
        expect([...found]).toEqual(words.map((w) => (t.includes(w) ? 1 : 0)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an empty word (it would match every text)', () => {
    expect(() => new KeywordScanner(['ban', ''])).toThrow(/empty/);
  });
});
