import type { ServerConfig } from '../../db/config';
import type { Facets } from '../schemas/event.schema';

/**
 * Facet counts of recent filters, for the window the API already declares its responses public
 * (Cache-Control: public, max-age=60). A facet count is an exact count over every matching event:
 * for a broad filter (a large jurisdiction, a parent company) that is 100,000+ rows and 100 ms to
 * 1 s of Postgres time, however it is indexed, while the answer changes only when events do. So
 * the server keeps each answer for at most `ttlMs`, and any write through this process clears the
 * whole cache (server/middleware/index.ts), so an editor sees their change at once; imports from
 * another process show up within the window, as they already do behind a CDN.
 *
 * Bounded by entries (an answer is a few KB), least recently used out first.
 */
export interface FacetCountCacheOptions {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

interface Entry {
  expires: number;
  facets: Facets;
}

export class FacetCountCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly options: FacetCountCacheOptions) {}

  get(key: string): Facets | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    // Re-insert: Map order is the recency order eviction walks.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.facets;
  }

  set(key: string, facets: Facets): void {
    this.entries.delete(key);
    this.entries.set(key, { facets, expires: this.now() + this.options.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/**
 * The cache FACET_CACHE_SECONDS and FACET_CACHE_ENTRIES ask for (db/config.ts), or null when the window
 * is 0 (off). Built by the server command (server/serve.ts); createApp alone caches nothing unless
 * handed a cache, so tests see every write.
 */
export function facetCountCacheFor(settings: ServerConfig['facetCache']): FacetCountCache | null {
  if (settings.seconds <= 0) return null;
  return new FacetCountCache({ ttlMs: Math.min(settings.seconds, 60) * 1000, maxEntries: settings.entries });
}
