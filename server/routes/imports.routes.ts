import { z } from 'zod';
import { isIsoDay } from '../../db/vocabulary/calendar-day';
import type { ReadResult } from '../../importers/index';
import { recordAudit } from '../../db/repositories/audit-log.repository';
import { badRequest, ProblemError } from '../http/problem';
import { apiKeyOf } from '../middleware/auth';
import { ARTICLE_MEDIA_TYPES, articleBody, jsonBody } from '../middleware/security';
import { publicUrlGuard, refuseUrl } from '../services/public-url';
import { titleField } from '../schemas/curation.schema';
import { parseRequestPart } from '../http/parse-request';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { parseBody } from './write-route';

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

type Importers = typeof import('../../importers/index');

let importer: Promise<Importers> | null = null;

/**
 * The readers and the extraction pipeline (chrono, the gazetteers, HTML parsing: about 50 MB resident)
 * load on the first import, not when the server starts: a server that only answers reads never needs
 * them, and its memory is what the query benchmark measures (docs/benchmarks.md).
 */
function loadImporter(): Promise<Importers> {
  // require, not import(): the launcher runs TypeScript through tsx's CommonJS hook, where a dynamic
  // import() goes to Node's ESM resolver, which refused a directory import (ERR_UNSUPPORTED_DIR_IMPORT)
  // that jest's transform hid; test/e2e/launcher.test.ts runs the launcher.
  importer ??= Promise.resolve().then(() => require('../../importers/index') as Importers);
  return importer;
}

export const importRoute = defineRoute({
  operationId: 'importArticles',
  method: 'post',
  path: '/api/v1/imports',
  summary: 'Import articles: a text/plain, text/html or RSS/Atom feed body (≤ 2 MB) or JSON {"url"}',
  description: 'The query parameters label an upload; a JSON {"url"} body takes none. With IMPORT_QUEUE=1 an upload is queued for the import workers (202) and a URL is still imported in the request.',
  tags: ['imports'],
  role: 'admin',
  bodyParsers: [articleBody, ...jsonBody],
  query: uploadQuery,
  requestBody: { ...Object.fromEntries(ARTICLE_MEDIA_TYPES.map((type) => [type, null])), 'application/json': urlBody },
  responses: {
    201: { description: 'the import summary: articles read, events created, sources added, failures' },
    200: { description: 'the import summary when every article was already stored' },
    202: { description: 'with IMPORT_QUEUE=1, an upload queued for `timeline worker`: {queued, jobs, failures}' },
    ...problemResponses(422),
  },
  async handle({ query, req, res, ctx }) {
    const importers = await loadImporter();
    let results: AsyncIterable<ReadResult>;
    if (Buffer.isBuffer(req.body)) {
      if (req.body.length === 0) throw badRequest([{ parameter: 'body', reason: 'the article is empty' }]);
      const nul = req.body.indexOf(0);
      // Postgres text cannot hold a NUL character: refused here, with its place, rather than a 500 on insert.
      if (nul >= 0) throw unprocessable(`the upload holds a NUL byte at offset ${nul}: text cannot contain one (is it a binary file?)`);
      results = withOverrides(
        importers.readUpload({ bytes: req.body, contentType: req.headers['content-type'] ?? 'text/plain', name: query.name, url: query.url, published: query.published }),
        query,
      );
      if (ctx.jobQueue) {
        // Workers configured: the upload is read here (cheap) and its articles queued; extraction, the
        // expensive part, runs in `timeline worker` processes. A URL stays in the request (below), so the
        // public-address guard that checks every redirect hop stays where it is enforced.
        const queued = await importers.enqueueArticles(ctx.jobQueue, results);
        if (queued.queued === 0) throw unprocessable(queued.failures.map((f) => f.reason).join('; ') || 'no article could be read');
        await recordAudit(ctx.db, { action: 'import', keyLabel: apiKeyOf(res).label, subject: `upload ${query.name ?? 'unnamed'}`, detail: { queued: queued.queued, jobs: queued.jobIds } });
        res.status(202).setHeader('Cache-Control', 'no-store');
        res.json({ queued: queued.queued, jobs: queued.jobIds, failures: queued.failures });
        return;
      }
    } else {
      // The upload's labels mean nothing beside a URL: refused by name, as on every route without them.
      parseRequestPart(z.strictObject({}), req.query, 'query');
      const body = parseBody(urlBody, req);
      const refusal = await refuseUrl(body.url, ctx.config.importAllowPrivateUrls);
      if (refusal) throw badRequest([{ parameter: 'url', reason: refusal }]);
      results = importers.readInputs([body.url], { published: body.published ?? null, fetchGuard: publicUrlGuard(ctx.config.importAllowPrivateUrls) });
    }
    const summary = await importers.importArticles(ctx.db, results);
    if (summary.articles === 0 && summary.articlesSkipped === 0) {
      throw unprocessable(summary.failures.map((f) => f.reason).join('; ') || 'no article could be read');
    }
    await recordAudit(ctx.db, {
      action: 'import',
      keyLabel: apiKeyOf(res).label,
      subject: Buffer.isBuffer(req.body) ? `upload ${query.name ?? 'unnamed'}` : (req.body as { url: string }).url,
      detail: { articles: summary.articles, articlesSkipped: summary.articlesSkipped, eventsCreated: summary.eventsCreated, sourcesAdded: summary.sourcesAdded, failures: summary.failures.length },
    });
    res.status(summary.articles > 0 ? 201 : 200).setHeader('Cache-Control', 'no-store');
    res.json(summary);
  },
});

type UploadQuery = z.output<typeof uploadQuery>;

const unprocessable = (detail: string) => new ProblemError({ type: 'about:blank', title: 'Unprocessable Content', status: 422, detail });

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
