import { z } from 'zod';
import type { Article } from '../types';

/**
 * What an import job carries. An article read on the producer's machine travels whole (its text and
 * metadata), so a worker anywhere can import it without the producer's files; a URL travels as
 * itself and is fetched by the worker, which retries it with backoff when the site fails. One article
 * or one URL per job: a failure or a retry concerns that input alone.
 *
 * Jobs are read back from the database, written by another process, perhaps another version: zod
 * checks them at this edge before the importer sees them.
 */
const articleSchema = z.object({
  file: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  publishedInferred: z.boolean(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  text: z.string().min(1),
  fileOffset: z.number().int().nullable(),
  blocks: z.array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.enum(['headline', 'body']) })),
});

export const importJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), article: articleSchema }),
  z.object({ kind: z.literal('url'), url: z.string().url(), published: z.string().nullable() }),
]);

export type ImportJob = z.output<typeof importJobSchema>;

export function articleJob(article: Article): ImportJob {
  const { file, title, published, publishedInferred, url, outlet, text, fileOffset, blocks } = article;
  return { kind: 'article', article: { file, title, published, publishedInferred, url, outlet, text, fileOffset, blocks } };
}

export function urlJob(url: string, published: string | null): ImportJob {
  return { kind: 'url', url, published };
}
