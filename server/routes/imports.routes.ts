import { extname } from 'node:path';
import { z } from 'zod';
import { byteLines } from '../../importers/readers/byte-lines';
import type { ReaderInput } from '../../importers/readers/reader';
import type { ReadResult } from '../../importers/types';
import { InputError } from '../../importers/readers/input-error';
import { isIsoDay } from '../../importers/readers/iso-day';
import { recordAudit } from '../../db/repositories/audit-log.repository';
import { badRequest, ProblemError } from '../http/problem';
import { apiKeyOf } from '../middleware/auth';
import { articleBody, jsonBody } from '../middleware/security';
import { publicUrlGuard, refuseUrl } from '../services/public-url';
import { titleField } from '../schemas/curation.schema';
import { parseBody, parseRequestPart, type WriteRoute } from './write-route';

/**
 * POST /api/v1/imports (admin): one article uploaded as text/plain or text/html, or a feed (RSS, Atom:
 * one article per item) (at most 2 MB), with
 * its metadata in the query, or JSON {"url": "https://…"} for the server to fetch. The upload's name
 * is only a label: nothing is ever read from or written to the filesystem under it.
 */

// A bare file name: no directories, no '..', no control characters; so a name can never be a path.
const uploadName = z
  .string()
  .min(1)
  .max(200, 'at most 200 characters')
  .refine((name) => !/[\\/\u0000-\u001f\u007f]/.test(name) && name !== '.' && name !== '..' && !name.includes('..'), {
    message: 'must be a bare file name (no path, no "..", no control characters)',
  });

const httpUrl = z
  .string()
  .max(2000, 'at most 2000 characters')
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), { message: 'expected an http(s) URL' });

const uploadQuery = z.strictObject({
  name: uploadName.optional(),
  title: titleField.optional(),
  published: z.string().refine(isIsoDay, { message: 'expected a real date written YYYY-MM-DD' }).optional(),
  url: httpUrl.optional(),
});

const urlBody = z.strictObject({
  url: httpUrl,
  published: z.string().refine(isIsoDay, { message: 'expected a real date written YYYY-MM-DD' }).optional(),
});

type Readers = typeof import('../../importers/readers');
type Store = typeof import('../../importers/store/import-articles');

let importer: Promise<{ readers: Readers; store: Store }> | null = null;

/**
 * The readers and the extraction pipeline (chrono, the gazetteers, HTML parsing: about 50 MB resident)
 * load on the first import, not when the server starts: a server that only answers reads never needs
 * them, and its memory is what the query benchmark measures (docs/benchmarks.md).
 */
function loadImporter(): Promise<{ readers: Readers; store: Store }> {
  // require, not import(): the launcher runs TypeScript through tsx's CommonJS hook, where a dynamic
  // import() goes to Node's ESM resolver, which refuses a directory ('importers/readers') with
  // ERR_UNSUPPORTED_DIR_IMPORT. Jest's transform hid it (test/e2e/launcher.test.ts runs the launcher).
  importer ??= Promise.resolve().then(() => ({
    readers: require('../../importers/readers') as Readers,
    store: require('../../importers/store/import-articles') as Store,
  }));
  return importer;
}

export const importRoute: WriteRoute = {
  method: 'post',
  path: '/api/v1/imports',
  summary: 'Import articles: a text/plain, text/html or RSS/Atom feed body (≤ 2 MB) or JSON {"url"}',
  role: 'admin',
  body: [articleBody, ...jsonBody],
  handler: (ctx) => async (req, res) => {
    const { readers, store } = await loadImporter();
    let results: AsyncIterable<ReadResult>;
    if (Buffer.isBuffer(req.body)) {
      const query = parseRequestPart(uploadQuery, req.query, 'query');
      if (req.body.length === 0) throw badRequest([{ parameter: 'body', reason: 'the article is empty' }]);
      const nul = req.body.indexOf(0);
      // Postgres text cannot hold a NUL character: refused here, with its place, rather than a 500 on insert.
      if (nul >= 0) throw unprocessable(`the upload holds a NUL byte at offset ${nul}: text cannot contain one (is it a binary file?)`);
      results = withOverrides(readUpload(readers, req.body, req.headers['content-type'] ?? 'text/plain', query), query);
    } else {
      parseRequestPart(z.strictObject({}), req.query, 'query');
      const body = parseBody(urlBody, req);
      const refusal = await refuseUrl(body.url);
      if (refusal) throw badRequest([{ parameter: 'url', reason: refusal }]);
      results = readers.readInputs([body.url], { published: body.published ?? null, fetchGuard: publicUrlGuard() });
    }
    const summary = await store.importArticles(ctx.db, results);
    if (summary.articles === 0 && summary.articlesSkipped === 0) {
      throw unprocessable(summary.failures.map((f) => f.reason).join('; ') || 'no article could be read');
    }
    await recordAudit(ctx.db, {
      action: 'import',
      keyLabel: apiKeyOf(res).label,
      subject: Buffer.isBuffer(req.body) ? `upload ${(req.query.name as string | undefined) ?? 'unnamed'}` : (req.body as { url: string }).url,
      detail: { articles: summary.articles, articlesSkipped: summary.articlesSkipped, eventsCreated: summary.eventsCreated, sourcesAdded: summary.sourcesAdded, failures: summary.failures.length },
    });
    res.status(summary.articles > 0 ? 201 : 200).setHeader('Cache-Control', 'no-store');
    res.json(summary);
  },
};

type UploadQuery = z.output<typeof uploadQuery>;

const unprocessable = (detail: string) => new ProblemError({ type: 'about:blank', title: 'Unprocessable Content', status: 422, detail });

/** An RSS, Atom or RDF feed upload: each item becomes one article (the feed reader). */
const FEED_MEDIA_TYPES = /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;

async function* readUpload(readers: Readers, bytes: Buffer, contentType: string, query: UploadQuery): AsyncIterable<ReadResult> {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const feed = FEED_MEDIA_TYPES.test(mediaType);
  const name = query.name ?? (mediaType === 'text/plain' ? 'upload.txt' : feed ? 'upload.xml' : 'upload.html');
  const input: ReaderInput = {
    name,
    extension: mediaType === 'text/plain' ? '.txt' : feed ? '.xml' : extname(name).toLowerCase() === '.htm' ? '.htm' : '.html',
    head: bytes.subarray(0, 4096),
    contentType: mediaType,
    charset: 'utf-8',
    url: query.url ?? null,
    bytes: async () => bytes,
    lines: (maxLineBytes) => byteLines([bytes], maxLineBytes),
  };
  try {
    yield* readers.chooseReader(input).read(input, { entries: null, published: query.published ?? null, limits: readers.defaultLimits });
  } catch (error) {
    // A reader refuses what it cannot read ("HTML page has no readable text") by throwing an InputError,
    // as for a file on the command line: a 422 with its reason, not a 500.
    if (!(error instanceof InputError)) throw error;
    yield { ok: false, input: name, reason: error.message };
  }
}

/** The query's title, url and published date win over what the reader found. */
async function* withOverrides(results: AsyncIterable<ReadResult>, query: UploadQuery): AsyncIterable<ReadResult> {
  for await (const result of results) {
    if (!result.ok) {
      yield result;
      continue;
    }
    const article = { ...result.article };
    if (query.title) article.title = query.title;
    if (query.url) article.url = query.url;
    if (query.published) {
      article.published = query.published;
      article.publishedInferred = false;
    }
    yield { ok: true, article };
  }
}
