import { isUtf8 } from 'node:buffer';
import cors from 'cors';
import express, { type Request, type RequestHandler } from 'express';
import { rateLimit, type Options as RateLimitOptions } from 'express-rate-limit';
import helmet from 'helmet';
import { pino } from 'pino';
import { sendProblem } from '../http/error-handler';
import type { MiddlewareSetup } from './middleware-setup';

/**
 * The security layer (docs/security.md): headers, CORS for public reads only, request logs that never
 * hold a key or an article body, rate limits on writes and searches, and the body parsers with their
 * size caps, UTF-8 check and nesting limit. Limits are per app instance (memory stores): one process
 * serves each app, and a restart forgetting the counters only ever lets more through.
 */

/** Body caps: an edit is a few fields; an article upload is one article. */
export const JSON_BODY_LIMIT = '64kb';
export const ARTICLE_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** Deepest JSON a write accepts: our bodies are at most two levels deep. */
export const MAX_JSON_DEPTH = 8;

export interface RateLimits {
  /** Writes per minute from one IP (0: off). */
  writesPerIp: number;
  /** Writes per minute with one key (0: off). */
  writesPerKey: number;
  /** Searches (any GET with q) per minute from one IP (0: off). */
  searchesPerIp: number;
}

const SCRIPT_FREE_CSP = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  },
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isWrite = (req: Request): boolean => !READ_METHODS.has(req.method);

/**
 * CORS on public reads only: any origin may GET the API (embeds, notebooks); writes carry a key and
 * get no CORS headers, so no other site's page can make a browser send one.
 */
export const publicReadCors: RequestHandler = (() => {
  const open = cors({ origin: '*', methods: ['GET', 'HEAD'], exposedHeaders: ['ETag', 'Link'] });
  return (req, res, next) => {
    const preflightFor = req.method === 'OPTIONS' ? String(req.headers['access-control-request-method'] ?? '').toUpperCase() : '';
    if (req.method === 'GET' || req.method === 'HEAD' || preflightFor === 'GET' || preflightFor === 'HEAD') return open(req, res, next);
    next();
  };
})();

function limiter(options: Partial<RateLimitOptions> & { limit: number; what: string }): RequestHandler {
  const { what, ...rest } = options;
  return rateLimit({
    windowMs: 60_000,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Behind a proxy the operator sets `trust proxy`; we do not guess at X-Forwarded-For.
    validate: { xForwardedForHeader: false },
    handler: (req, res) => {
      const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000))));
      sendProblem(res, { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: `too many ${what}: at most ${options.limit} a minute; retry later` });
    },
    ...rest,
  });
}

/** Per-key write limit: runs after requireRole, so the key is known. */
export function keyRateLimit(limits: RateLimits): RequestHandler {
  if (limits.writesPerKey === 0) return (_req, _res, next) => next();
  return limiter({
    limit: limits.writesPerKey,
    what: 'writes with this key',
    keyGenerator: (_req, res) => `key:${(res.locals.apiKey as { id: number } | undefined)?.id ?? 'none'}`,
  });
}

/**
 * Request log lines (pino, JSON, to stderr): method, path, status, time and the key's label. Never
 * headers, query strings or bodies, so no key, search or article text reaches a log.
 */
export function requestLog(destination: pino.DestinationStream = pino.destination(2), level = 'info'): RequestHandler {
  const log = pino({ level, base: undefined }, destination);
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const key = res.locals.apiKey as { label: string } | undefined;
      log.info({
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(key ? { key_label: key.label } : {}),
      });
    });
    next();
  };
}

/**
 * A NUL character can never be stored or compared in Postgres text ("invalid byte sequence"), so a
 * query or path holding one (%00) is refused here, for every route at once, with a clear 400.
 */
export const refuseNulInUrl: RequestHandler = (req, res, next) => {
  if (!/%00/.test(req.originalUrl)) return next();
  sendProblem(res, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'the URL holds a NUL character (%00): no parameter may contain one' });
};

export const securitySetups: MiddlewareSetup[] = [
  { name: 'request-log', install: (app, ctx) => app.use(requestLog(undefined, ctx.config.logLevel)) },
  { name: 'refuse-nul', install: (app) => app.use(refuseNulInUrl) },
  { name: 'helmet', install: (app) => app.use(helmet({ contentSecurityPolicy: SCRIPT_FREE_CSP, crossOriginResourcePolicy: { policy: 'cross-origin' } })) },
  {
    name: 'rate-limits',
    install: (app, ctx) => {
      const limits = ctx.config.rateLimits;
      if (limits.writesPerIp > 0) app.use('/api', limiter({ limit: limits.writesPerIp, what: 'writes from this address', skip: (req) => !isWrite(req) }));
      if (limits.searchesPerIp > 0) {
        app.use(limiter({ limit: limits.searchesPerIp, what: 'searches from this address', skip: (req) => req.method !== 'GET' || !hasSearch(req) }));
      }
    },
  },
];

function hasSearch(req: Request): boolean {
  const q = (req.query as Record<string, unknown> | undefined)?.q;
  return q !== undefined && q !== '';
}

/** A client error body-parser and our checks raise: the error handler answers it as a 4xx problem. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function requireUtf8(_req: unknown, _res: unknown, buffer: Buffer): void {
  if (!isUtf8(buffer)) throw new BodyError(400, 'the request body is not valid UTF-8');
}

/** JSON bodies of writes: capped, UTF-8 only, objects only; nesting checked before any schema sees it. */
export const jsonBody: RequestHandler[] = [
  express.json({ limit: JSON_BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'], verify: requireUtf8 }),
  (req, _res, next) => {
    if (req.body !== undefined && jsonDepth(req.body) > MAX_JSON_DEPTH) {
      return next(new BodyError(400, `the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`));
    }
    const broken = loneSurrogateAt(req.body);
    if (broken !== null) {
      // JSON.parse accepts "\ud800", Postgres's json does not (a 500 once stored in history).
      return next(new BodyError(400, `the JSON body holds a lone surrogate escape in ${broken}: not a Unicode character`));
    }
    next();
  },
];

/** Article uploads: text/plain or text/html, capped, UTF-8 only; kept as bytes for the readers. */
/** The media types read as an uploaded article or feed (anything else is left to the JSON parser). */
export const ARTICLE_MEDIA_TYPES = ['text/plain', 'text/html', 'application/xhtml+xml', 'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'];
export const articleBody: RequestHandler = express.raw({ limit: ARTICLE_BODY_LIMIT_BYTES, type: ARTICLE_MEDIA_TYPES, verify: requireUtf8 });

/** Where a parsed JSON value holds a string (or key) with an unpaired UTF-16 surrogate: 'title', 'companies[1]'; null when none. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function loneSurrogateAt(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, 'the body']];
  while (stack.length) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return path;
    } else if (Array.isArray(item)) {
      item.forEach((child, i) => stack.push([child, `${path}[${i}]`]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (LONE_SURROGATE.test(key)) return `a field name in ${path}`;
        stack.push([child, path === 'the body' ? key : `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** Depth of a parsed JSON value, without recursion (a hostile body cannot overflow the stack). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_JSON_DEPTH) return depth;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}
