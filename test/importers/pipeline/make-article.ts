import type { Article, TextBlock } from '../../../importers/types';

/** An Article built from a headline and paragraphs written for the tests (never seed text). */
export function makeArticle(headline: string, paragraphs: string[], published: string | null = '2024-05-17'): Article {
  const parts = [headline, ...paragraphs];
  const blocks: TextBlock[] = [];
  let text = '';
  parts.forEach((part, i) => {
    if (i) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + part.length, kind: i === 0 ? 'headline' : 'body' });
    text += part;
  });
  return { title: headline, published, publishedInferred: false, url: null, outlet: null, file: 'test.txt', text, fileOffset: 0, blocks };
}
