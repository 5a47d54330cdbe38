import { createHash } from 'node:crypto';
import type { Article } from '../types';

/** Unicode-normalised, whitespace-collapsed: the same article re-read from HTML or text hashes the same. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * An article's identity: sha256 of its normalised title and text. Two files holding the same article
 * (or one file imported twice) give one hash, and articles.content_hash is UNIQUE.
 */
export function articleHash(article: Pick<Article, 'title' | 'text'>): string {
  return createHash('sha256').update(normalise(article.title)).update('\u0000').update(normalise(article.text)).digest('hex');
}
