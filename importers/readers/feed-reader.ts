import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { ReadResult } from '../types';
import { findDateline } from './dateline';
import { declaredCharset } from './declared-charset';
import { decodeText } from './decode-text';
import { composeArticle } from './derived-article';
import { htmlFragmentParagraphs, looksLikeHtml, textParagraphs, type Paragraph } from './html-paragraphs';
import { InputError } from './input-error';
import { toIsoDay } from './iso-day';
import { manifestEntryFor } from './manifest-match';
import { resolveMeta } from './publication-meta';
import type { ReadContext, Reader } from './reader';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item is an article with its own title, link and date
 * (pubDate, published, updated, dc:date); its body (content:encoded, description, content, summary)
 * goes through the HTML paragraph path, so markup never reaches the text. Malformed XML fails the
 * whole file; an item with neither title nor text fails alone.
 */

const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml', '.rdf']);
const FEED_TYPES = /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)\b/i;
const FEED_ROOT = /^(?:\uFEFF|\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>)*<(?:rss|feed|rdf:RDF)\b/;

/** Element bodies kept as raw markup, so xhtml content is not torn into objects. */
const RAW_ELEMENTS = ['*.content', '*.summary', '*.description', '*.content:encoded'];

const textNode = z.union([
  z.string(),
  z.number().transform(String),
  z.looseObject({ '#text': z.union([z.string(), z.number().transform(String)]).optional(), '@_type': z.string().optional() }),
]);
const linkNode = z.union([z.string(), z.looseObject({ '@_href': z.string().optional(), '@_rel': z.string().optional(), '#text': z.string().optional() })]);

const itemSchema = z.looseObject({
  title: textNode.optional(),
  link: z.array(linkNode).optional(),
  guid: textNode.optional(),
  id: textNode.optional(),
  pubDate: textNode.optional(),
  published: textNode.optional(),
  updated: textNode.optional(),
  'dc:date': textNode.optional(),
  'content:encoded': textNode.optional(),
  description: textNode.optional(),
  content: textNode.optional(),
  summary: textNode.optional(),
});
type FeedItem = z.infer<typeof itemSchema>;
type TextNode = z.infer<typeof textNode>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  stopNodes: RAW_ELEMENTS,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(node: TextNode | undefined): string | null {
  if (node === undefined) return null;
  const value = typeof node === 'string' ? node : node['#text'];
  return value?.trim() || null;
}

function typeOf(node: TextNode | undefined): string | null {
  return node && typeof node === 'object' ? (node['@_type'] ?? null) : null;
}

/** Raw element markup → HTML: CDATA unwrapped, XML entities decoded (xhtml content is markup already). */
function rawToHtml(raw: string, type: string | null): string {
  if (type === 'xhtml') return raw;
  if (raw.includes('<![CDATA[')) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

function bodyParagraphs(item: FeedItem): Paragraph[] {
  for (const node of [item['content:encoded'], item.content, item.description, item.summary]) {
    const raw = text(node);
    if (!raw) continue;
    const content = rawToHtml(raw, typeOf(node));
    const paragraphs =
      typeOf(node) === 'text' || !looksLikeHtml(content)
        ? textParagraphs(content)
        : htmlFragmentParagraphs(content);
    if (paragraphs.length) return paragraphs;
  }
  return [];
}

function plainTitle(node: TextNode | undefined): string | null {
  const raw = text(node);
  if (!raw) return null;
  return typeOf(node) === 'html' || typeOf(node) === 'xhtml' ? htmlFragmentParagraphs(`<p>${raw}</p>`).map((p) => p.text).join(' ') || null : raw;
}

function itemLink(item: FeedItem): string | null {
  const links = item.link ?? [];
  const alternate = links.find((link) => typeof link === 'object' && (!link['@_rel'] || link['@_rel'] === 'alternate'));
  for (const link of alternate ? [alternate, ...links] : links) {
    const href = typeof link === 'string' ? link : (link['@_href'] ?? link['#text']);
    if (href?.trim()) return href.trim();
  }
  const guid = text(item.guid);
  return guid && /^https?:\/\//.test(guid) ? guid : null;
}

interface Feed {
  outlet: string | null;
  items: unknown[];
}

function feedOf(document: unknown): Feed {
  const root = z.looseObject({
    rss: z.looseObject({ channel: z.looseObject({ title: textNode.optional(), item: z.array(z.unknown()).optional() }) }).optional(),
    feed: z.union([z.looseObject({ title: textNode.optional(), entry: z.array(z.unknown()).optional() }), z.string()]).optional(),
    'rdf:RDF': z.looseObject({ channel: z.looseObject({ title: textNode.optional() }).optional(), item: z.array(z.unknown()).optional() }).optional(),
  }).safeParse(document);
  if (!root.success) throw new InputError('XML is not an RSS or Atom feed');
  const { rss, feed, 'rdf:RDF': rdf } = root.data;
  if (rss) return { outlet: plainTitle(rss.channel.title), items: rss.channel.item ?? [] };
  if (feed !== undefined) return typeof feed === 'string' ? { outlet: null, items: [] } : { outlet: plainTitle(feed.title), items: feed.entry ?? [] };
  if (rdf) return { outlet: plainTitle(rdf.channel?.title), items: rdf.item ?? [] };
  throw new InputError('XML is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)');
}

function readItem(name: string, raw: unknown, index: number, outlet: string | null, context: ReadContext): ReadResult {
  const input = `${name}#item${index + 1}`;
  const parsed = itemSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, input, reason: `feed item ${index + 1} has an unexpected shape (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const item = parsed.data;
  const paragraphs = bodyParagraphs(item);
  const itemTitle = plainTitle(item.title);
  if (!itemTitle && !paragraphs.length) return { ok: false, input, reason: `feed item ${index + 1} has neither a title nor text` };
  const entry = manifestEntryFor(itemTitle ?? '', context.entries, false);
  const title = entry.title ?? itemTitle ?? paragraphs[0]?.text ?? '';
  const dateText = text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated);
  const { text: articleText, blocks } = composeArticle(title, paragraphs);
  if (articleText.length > context.limits.maxArticleChars) {
    return { ok: false, input, reason: `feed item "${title}" is ${articleText.length} characters, over the ${context.limits.maxArticleChars} per-article limit` };
  }
  const meta = resolveMeta([entry, { title, published: dateText ? toIsoDay(dateText) : null, url: itemLink(item), outlet }], {
    fallback: context.published,
    dateline: () => findDateline(articleText),
  });
  return { ok: true, article: { ...meta, file: name, text: articleText, fileOffset: null, blocks } };
}

export const feedReader: Reader = {
  name: 'feed',
  detect: (input) =>
    (input.contentType !== null && /^application\/(?:rss|atom|rdf)\+xml\b/i.test(input.contentType)) ||
    FEED_ROOT.test(input.head.toString('utf8')) ||
    (FEED_EXTENSIONS.has(input.extension) && !/^\s*<(?:!doctype\s+html|html)\b/i.test(input.head.toString('utf8'))) ||
    (input.contentType !== null && FEED_TYPES.test(input.contentType) && !/<html\b/i.test(input.head.toString('utf8'))),
  async *read(input, context) {
    const xml = decodeText(await input.bytes(), input.charset ?? declaredCharset(input.head));
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new InputError(`malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
    const feed = feedOf(parser.parse(xml));
    if (!feed.items.length) throw new InputError('feed has no items');
    for (const [index, item] of feed.items.entries()) yield readItem(input.name, item, index, feed.outlet, context);
  },
};
