import express, { type Application, type Request, type RequestHandler, type Response } from 'express';
import type { AppContext } from '../app-context';
import { setPublicCache } from '../http/cache-headers';
import { ProblemError } from '../http/problem';
import { parseRequestPart } from '../http/parse-request';
import { requestUrl } from '../http/request-url';
import { idParams } from '../schemas/query-params';
import { getArticleDetail } from '../services/article.service';
import { getEventDetail } from '../services/event.service';
import { timelineWarnings } from '../services/timeline-warnings';
import { timelineTitle } from '../services/policy-title';
import { allowAnyFramer } from '../pages/allow-framing';
import { renderArticlePage } from '../pages/article-page';
import { PUBLIC_DIR, TIMELINEJS_BASE, TIMELINEJS_DIST } from '../pages/assets';
import { renderEmbedPage } from '../pages/embed-page';
import { filterTitle } from '../pages/filter-title';
import { renderErrorPage } from '../pages/error-page';
import { renderEventPage } from '../pages/event-page';
import { renderPolicyPage } from '../pages/policy-page';
import { getPolicyDetail } from '../services/policy.service';
import type { SafeHtml } from '../pages/html';
import { parsePageQuery, rawParams, searchParams, withQuery } from '../pages/page-query';
import { loadSearch, pageSort } from '../pages/search-model';
import { renderSearchPage } from '../pages/search-page';
import { readDbFor } from '../services/read-db';

/** How many events the embed asks the API for: TimelineJS shows them all at once. */
const EMBED_LIMIT = 500;

type PageHandler = (req: Request, ctx: AppContext, res: Response) => Promise<{ status?: number; page: SafeHtml }>;

/**
 * A page: HTML on success; a known problem (bad filter, unknown id) as an HTML error page with its
 * status; anything else goes on to the app's error handler (logged, 500).
 */
function page(ctx: AppContext, handler: PageHandler): RequestHandler {
  return async (req, res, next) => {
    try {
      const { status, page: body } = await handler(req, ctx, res);
      sendPage(res, status ?? 200, body);
    } catch (error) {
      if (error instanceof ProblemError) sendPage(res, error.problem.status, renderErrorPage(error.problem));
      else next(error);
    }
  };
}

function sendPage(res: Response, status: number, body: SafeHtml): void {
  if (status === 200) setPublicCache(res);
  else res.set('Cache-Control', 'no-store');
  res.status(status).type('text/html; charset=utf-8').send(body.toString());
}

const searchPage: PageHandler = async (req, ctx) => {
  const raw = rawParams(req.query);
  const origin = requestUrl(req).origin;
  const shared = searchParams(raw, ['cursor', 'sort', 'limit']);
  const links = {
    embedUrl: origin + withQuery('/embed', shared),
    jsonUrl: origin + withQuery('/api/v1/timeline', shared),
  };
  const parsed = parsePageQuery(raw);
  if (!parsed.ok) {
    // No embed code or JSON link for a search the API would refuse: they would lead to an error.
    return { status: 400, page: renderSearchPage({ raw, model: null, errors: parsed.errors, sort: raw.sort?.[0] ?? 'desc', nextUrl: null, embedUrl: null, jsonUrl: null, embedTitle: 'Policy timeline' }) };
  }
  const [model, warnings] = await Promise.all([loadSearch(readDbFor(ctx, req), parsed.query, ctx.config.searchRankCandidates), timelineWarnings(readDbFor(ctx, req), parsed.query)]);
  const embedTitle = filterTitle(parsed.query);
  const next = model.result.nextCursor;
  const nextParams = searchParams(raw, ['cursor']);
  if (next) nextParams.set('cursor', next);
  return {
    page: renderSearchPage({ raw, model, errors: [], sort: pageSort(parsed.query), nextUrl: next ? withQuery('/', nextParams) : null, embedTitle, warnings, ...links }),
  };
};

const eventPage: PageHandler = async (req, ctx) => {
  const { id } = parseRequestPart(idParams, req.params, 'path');
  return { page: renderEventPage(await getEventDetail(readDbFor(ctx, req), id), `${requestUrl(req).origin}/events/${id}`) };
};

const policyPage: PageHandler = async (req, ctx) => {
  const { id } = parseRequestPart(idParams, req.params, 'path');
  return { page: renderPolicyPage(await getPolicyDetail(ctx.db, id, requestUrl(req).origin)) };
};

const articlePage: PageHandler = async (req, ctx) => {
  const { id } = parseRequestPart(idParams, req.params, 'path');
  return { page: renderArticlePage(await getArticleDetail(readDbFor(ctx, req), id)) };
};

const embedPage: PageHandler = async (req, ctx, res) => {
  allowAnyFramer(res);
  const raw = rawParams(req.query);
  const parsed = parsePageQuery(raw);
  if (!parsed.ok) throw new ProblemError({ type: 'about:blank', title: 'Bad Request', status: 400, errors: parsed.errors });
  const shared = searchParams(raw, ['cursor', 'sort', 'limit']);
  const source = new URLSearchParams(shared);
  source.set('format', 'timelinejs');
  // The most recent events (the embed opens on the latest; TimelineJS orders the slides itself).
  source.set('sort', 'desc');
  source.set('limit', String(EMBED_LIMIT));
  return { page: renderEmbedPage({ title: await timelineTitle(ctx.db, parsed.query), sourceUrl: withQuery('/api/v1/timeline', source), siteUrl: withQuery('/', shared) }) };
};

/**
 * The journalists' pages and their assets. Our own CSS/JS is addressed by content hash and TimelineJS
 * by its version, so both may be cached for a year.
 */
export function installPages(app: Application, ctx: AppContext): void {
  const longCache = { maxAge: '365d', immutable: true, index: false, fallthrough: true } as const;
  app.use('/static', express.static(PUBLIC_DIR, longCache));
  app.use(TIMELINEJS_BASE, express.static(TIMELINEJS_DIST, longCache));
  app.get('/', page(ctx, searchPage));
  app.get('/events/:id', page(ctx, eventPage));
  app.get('/articles/:id', page(ctx, articlePage));
  app.get('/policies/:id', page(ctx, policyPage));
  app.get('/embed', page(ctx, embedPage));
}
