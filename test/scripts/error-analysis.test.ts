import { explainArticle } from '../../importers/pipeline/explain';
import { analyseArticle } from '../../scripts/error-analysis';
import { coverage, matchArticle, type GoldEvent } from '../../scripts/gold-match';
import { makeArticle } from '../importers/pipeline/make-article';

// A fictional article and gold written for this test.
const article = makeArticle('Norway fines a ride app', [
  'Norway’s data regulator fined RideCo on Tuesday for keeping location data too long.',
  'Critics said the fine was far too small for a company of its size.',
  'The agency also put RideCo on a watch list of regional transport firms on Monday.',
]);
const gold = (over: Partial<GoldEvent>): GoldEvent => ({ file: 'test.txt', quote: '', jurisdiction: 'NO', type: 'enforcement', dates: ['2024-05-14'], companies: [], required: true, ...over });

describe('gold matching (the scorer rule)', () => {
  it('covers by shared words and refuses a much longer quote', () => {
    const g = gold({ quote: 'fined RideCo on Tuesday' });
    expect(coverage(g, 'The regulator fined RideCo on Tuesday.')).toBe(1);
    expect(coverage(g, `fined RideCo on Tuesday ${'and more words '.repeat(20)}`)).toBe(0);
  });

  it('pairs required events first and marks the date', () => {
    const g = [gold({ quote: 'fined RideCo on Tuesday', required: false }), gold({ quote: 'regulator fined RideCo', dates: ['2024-05-13'] })];
    const pairs = matchArticle(g, [{ quote: 'Norway’s data regulator fined RideCo on Tuesday.', jurisdiction: 'NO', type: 'enforcement', date: '2024-05-14', basis: 'relative' }]);
    expect(pairs).toEqual([{ gold: 1, mention: 0, dateOk: false }]);
  });
});

describe('analyseArticle', () => {
  const e = explainArticle(article);
  const items = analyseArticle('test.txt', false, [
    gold({ quote: 'Norway’s data regulator fined RideCo on Tuesday for keeping location data too long.', dates: ['2024-05-01'] }),
    gold({ quote: 'The agency also put RideCo on a watch list of regional transport firms on Monday.', dates: ['2024-05-13'] }),
  ], e.sentences, e.mentions);

  it('classes a matched event with a wrong date as date, on both sides', () => {
    expect(items.filter((i) => i.cls === 'date').map((i) => i.side).sort()).toEqual(['miss', 'spurious']);
  });

  it('classes an act stated with a verb no cue lists as no cue', () => {
    expect(items).toContainEqual(expect.objectContaining({ side: 'miss', cls: 'no cue' }));
  });

  it('never classes the commentary sentence as a miss', () => {
    expect(items.filter((i) => i.side === 'miss')).toHaveLength(2);
  });
});
