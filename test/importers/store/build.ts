import type { Article, Mention } from '../../../importers/types';

/** An article as a reader would hand it over, from prose written for the test. */
export function article(title: string, text: string, published: string | null = '2024-05-02', file = 'test.txt'): Article {
  return {
    title,
    text,
    published,
    publishedInferred: false,
    url: null,
    outlet: 'Test Wire',
    file,
    fileOffset: 0,
    blocks: [{ start: 0, end: text.length, kind: 'body' }],
  };
}

/** A mention whose quote is found in the article text, so offsets are real. */
export function mention(a: Article, quote: string, fields: Partial<Mention> = {}): Mention {
  const start = a.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in article: ${quote}`);
  return {
    date: { value: null, precision: null, basis: 'reported' },
    jurisdiction: 'US',
    companies: ['TikTok'],
    type: 'device_ban',
    status: null,
    title: quote,
    quote,
    quoteStart: start,
    quoteEnd: start + quote.length,
    confidence: 0.8,
    ...fields,
  };
}

export async function* results(articles: Article[]): AsyncIterable<{ ok: true; article: Article }> {
  for (const a of articles) yield { ok: true, article: a };
}
