import type { Response } from 'express';

/**
 * Read responses are shared by every embedder of the same URL: cacheable publicly for a minute.
 * Express adds a strong ETag to each body and answers a matching If-None-Match with 304.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

export function setPublicCache(res: Response): void {
  res.set('Cache-Control', PUBLIC_CACHE_CONTROL);
}
