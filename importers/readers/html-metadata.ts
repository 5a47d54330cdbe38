import { z } from 'zod';
import { toIsoDay } from './iso-day';
import type { MetaSource } from './publication-meta';

/**
 * Publication metadata of an HTML page, read before Readability rewrites the document. For each
 * field the most deliberate statement wins: Open Graph / article meta, then JSON-LD, then generic
 * meta tags, then visible markup (<time datetime>, <h1>, <title>).
 */

const jsonLdNode = z.looseObject({
  '@type': z.union([z.string(), z.array(z.string())]).optional(),
  headline: z.string().optional(),
  name: z.string().optional(),
  datePublished: z.string().optional(),
  dateCreated: z.string().optional(),
  url: z.string().optional(),
  publisher: z.union([z.looseObject({ name: z.string().optional() }), z.string()]).optional(),
});

type JsonLdNode = z.infer<typeof jsonLdNode>;

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage/;

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Objects of every JSON-LD script, flattening arrays and @graph; unparsable scripts are skipped. */
function jsonLdNodes(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const graph = (value as { '@graph'?: unknown })['@graph'];
    if (graph) visit(graph);
    const node = jsonLdNode.safeParse(value);
    if (node.success) nodes.push(node.data);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; other sources still date it.
    }
  }
  const isArticle = (node: JsonLdNode) => [node['@type'] ?? []].flat().some((type) => ARTICLE_TYPES.test(type));
  return [...nodes.filter(isArticle), ...nodes.filter((node) => !isArticle(node) && node.datePublished)];
}

function firstDay(values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const day = value ? toIsoDay(value) : null;
    if (day) return day;
  }
  return null;
}

function absolute(url: string | null | undefined, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The page's metadata; `baseUrl` (where it was fetched) resolves relative canonical links. */
export function htmlMetadata(document: Document, baseUrl: string | null): MetaSource {
  const ld = jsonLdNodes(document);
  const publisher = ld.map((node) => node.publisher).find(Boolean);
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    ld.map((node) => node.headline).find(Boolean) ??
    document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
    document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ??
    null;
  const published = firstDay([
    metaContent(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]']),
    ...ld.map((node) => node.datePublished ?? node.dateCreated),
    metaContent(document, [
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
    ]),
    document.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'),
    document.querySelector('time[pubdate]')?.getAttribute('datetime'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ]);
  const url =
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), baseUrl) ??
    absolute(metaContent(document, ['meta[property="og:url"]']), baseUrl) ??
    absolute(ld.map((node) => node.url).find(Boolean), baseUrl) ??
    baseUrl;
  const outlet =
    metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ??
    (typeof publisher === 'string' ? publisher : publisher?.name) ??
    null;
  return { title: title || null, published, url, outlet };
}
