import type { NextFunction, Request, Response } from 'express';
import type { ServerConfig } from '../../db/config';

/**
 * A server-side cache of read responses, for the window the API already declares them public
 * (Cache-Control: public, max-age=60): a CDN in front may serve the same body for that long, so the
 * server may too. Popular timelines embedded on busy pages then cost Postgres one query per window
 * instead of one per view. On in `timeline serve` (RESPONSE_CACHE_SECONDS=0 turns it off). A hit is
 * given only while the database answered within the last second (CONFIRMED_WITHIN_MS): while it is
 * down the API answers 503, not a remembered 200. Any write through the process drops it all
 * (middleware/index.ts). Bounded in bytes, least recently used out first.
 *
 * Keyed by URL and the headers that choose the representation (Accept; compression runs after, per
 * request). Only 200s that declare Cache-Control: public are kept, and a request carrying an
 * Authorization header neither reads nor fills the cache. The stored ETag is replayed, so
 * If-None-Match still answers 304.
 */
export interface ResponseCacheOptions {
  ttlMs: number;
  maxBytes: number;
  now?: () => number;
}

interface Entry {
  expires: number;
  status: number;
  headers: Record<string, string | string[]>;
  /** Encoded once when stored: a hit sends these bytes as they are (no string → Buffer copy per hit). */
  body: Buffer;
  bytes: number;
}

/** What a caller hands to set(): a string body is encoded once, here. */
interface NewEntry {
  status: number;
  headers: Record<string, string | string[]>;
  body: string | Buffer;
}

/** A Map slot, the entry object and its headers object, in bytes: an estimate, counted per entry. */
const ENTRY_OVERHEAD = 400;

/**
 * Response headers a cached entry replays; the rest (Date, Content-Length) are recomputed. The
 * body's ETag is computed once when the entry is stored; an ETag a route set itself (an event's
 * version, W/"v3") is kept as it is.
 */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'link', 'content-disposition', 'access-control-expose-headers', 'etag'];

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  constructor(private readonly options: ResponseCacheOptions) {}

  get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= this.now()) {
      this.delete(key, entry);
      return null;
    }
    // Re-insert: Map order is the recency order the eviction walks.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: NewEntry): void {
    const body = ownBuffer(entry.body);
    // The body, the key and the headers: what the entry holds, roughly.
    const bytes = body.length + key.length * 2 + JSON.stringify(entry.headers).length * 2 + ENTRY_OVERHEAD;
    if (bytes > this.options.maxBytes / 8) return; // one huge export must not flush everything else
    const old = this.entries.get(key);
    if (old) this.delete(key, old);
    this.entries.set(key, { status: entry.status, headers: entry.headers, body, bytes, expires: this.now() + this.options.ttlMs });
    this.bytes += bytes;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldest, value);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/**
 * The body in a Buffer of its own (Buffer.alloc never hands out a slice of the shared 8 KB pool), so
 * a cached entry pins only its own bytes, never a pool slab or a larger buffer it was cut from.
 */
function ownBuffer(body: string | Buffer): Buffer {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const copy = Buffer.alloc(length);
  if (typeof body === 'string') copy.write(body);
  else body.copy(copy);
  return copy;
}

/**
 * How recently the database must have answered for a cached response to be given: past this, the
 * next hit waits for one shared SELECT 1 (about a millisecond, at most once per window, whatever the
 * load), and while the database is down hits fall through to the route, which answers 503.
 */
export const CONFIRMED_WITHIN_MS = 1000;

/** The part of DatabaseAvailability the cache needs (health/database-availability.ts). */
export interface AvailabilityCheck {
  confirmedWithin(maxAgeMs: number): Promise<boolean>;
  confirm(): void;
}

/** Express middleware serving GET /api/… from the cache and filling it from 200 responses. */
export function responseCacheMiddleware(cache: ResponseCache, availability: AvailabilityCheck) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const hit = lookup(req);
    if (!hit) return fill(req, res, next);
    availability.confirmedWithin(CONFIRMED_WITHIN_MS).then(
      (up) => {
        if (!up) return next();
        res.set(hit.headers);
        res.set('X-Cache', 'hit');
        res.status(hit.status).send(hit.body);
      },
      (error: unknown) => next(error),
    );
  };

  function lookup(req: Request): Entry | null {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    // Requests that carry a key are never answered from, nor stored in, the shared cache.
    if (req.headers.authorization) return null;
    return cache.get(cacheKey(req));
  }

  function fill(req: Request, res: Response, next: NextFunction): void {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization) return next();
    const key = cacheKey(req);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // An object goes through res.json, which calls res.send again with the string: capture that.
      if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) return send(body);
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      if (res.statusCode === 200 && /\bpublic\b/.test(cacheControl) && (typeof body === 'string' || Buffer.isBuffer(body))) {
        const headers: Record<string, string | string[]> = {};
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) headers[name] = typeof value === 'number' ? String(value) : value;
        }
        // The body's ETag once, as express would compute it on every send (a route's own ETag is kept).
        const etagOf = req.app.get('etag fn') as ((body: string | Buffer, encoding?: string) => string) | undefined;
        if (!headers.etag && etagOf) {
          headers.etag = etagOf(body, 'utf8');
          // Set on the response too: express hashes a body only when no ETag is set, so this one is not hashed twice.
          res.setHeader('ETag', headers.etag);
        }
        cache.set(key, { status: 200, headers, body });
        // Computed from the database just now: it answered, no probe needed for the next hits.
        availability.confirm();
      }
      res.send = send;
      return send(body);
    };
    next();
  }
}

// No Accept header means the same as accepting any type (what fetch and most clients send): one entry for both.
function cacheKey(req: Request): string {
  return `${req.originalUrl}\u0000${req.get('accept') ?? '*/*'}`;
}

/** The cache RESPONSE_CACHE_SECONDS and RESPONSE_CACHE_MB ask for (db/config.ts), or null when the window is 0 (off). */
export function responseCacheFor(settings: ServerConfig['responseCache']): ResponseCache | null {
  if (settings.seconds <= 0) return null;
  return new ResponseCache({ ttlMs: Math.min(settings.seconds, 60) * 1000, maxBytes: settings.megabytes * 1024 * 1024 });
}
