import fc from 'fast-check';
import { EVENT_STATUSES, EVENT_TYPES } from '../../../db/vocabulary/taxonomy';
import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

/** Words that make cues, actors, dates and abbreviations meet in odd orders. */
const WORDS = [
  'India', 'banned', 'TikTok', 'on', 'government', 'phones', 'Monday', '“', '”', '"', 'said', 'U.S.', 'Sens.', 'Feb.', '28', 'court',
  'blocked', 'the', 'law', 'took', 'effect', 'Jan.', '1', ',', ';', '.', '?', 'following', 'which', 'and', 'Denmark', 'Canada',
  'fined', 'Meta', 'last', 'month', 'under-16s', 'might', 'Beijing-based', 'US$3', 'X', 'rescinded', 'orders', '—', 'Dr.', 'No.', '5',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const article = fc.tuple(sentence, fc.array(sentence, { maxLength: 8 }), fc.constantFrom('2024-05-17', '2020-01-01', null));

describe('extractMentions properties', () => {
  it('never throws; quotes are exact slices; fields stay in their domains', () => {
    fc.assert(
      fc.property(article, ([headline, body, published]) => {
        const a = makeArticle(headline, body, published);
        for (const m of extractMentions(a)) {
          expect(a.text.slice(m.quoteStart, m.quoteEnd)).toBe(m.quote);
          expect(m.quote.length).toBeGreaterThan(0);
          expect(EVENT_TYPES).toContain(m.type);
          if (m.status !== null) expect(EVENT_STATUSES).toContain(m.status);
          expect(m.confidence).toBeGreaterThanOrEqual(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          expect(m.title.length).toBeLessThanOrEqual(120);
          if (m.date.value !== null) expect(m.date.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (m.date.basis === 'reported') expect(m.date.value).toBe(published);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(article, ([headline, body, published]) => {
        const a = makeArticle(headline, body, published);
        expect(extractMentions(a)).toEqual(extractMentions(a));
      }),
      { numRuns: 100 },
    );
  });
});
