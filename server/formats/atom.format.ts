import type { TimelineEvent } from '../schemas/event.schema';
import type { TimelineFormat } from './format';

/**
 * Atom (RFC 4287) feed of the query's events, newest first by default. Ids are tag: URIs (RFC 4151),
 * stable per event whatever host serves them; an entry's content is HTML with its quotes and links.
 */
export const TAG_PREFIX = 'tag:policy-timeline,2024:';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function html(e: TimelineEvent): string {
  const head = `<p>${xml(e.date?.value ?? 'undated')} · ${xml(e.jurisdiction?.name ?? 'unknown jurisdiction')} · ${xml(e.type)}${e.status ? ` · ${xml(e.status)}` : ''}</p>`;
  const quotes = e.sources.map((s) => {
    const source = s.url ? `<a href="${xml(s.url)}">${xml(s.outlet ?? s.title)}</a>` : xml(s.outlet ?? s.title);
    return `<blockquote>${xml(s.quote)}</blockquote><p>— ${source}</p>`;
  });
  return [head, ...quotes].join('');
}

function entry(e: TimelineEvent): string {
  const link = e.sources.find((s) => s.url)?.url;
  return [
    '<entry>',
    `<id>${TAG_PREFIX}event/${e.id}</id>`,
    `<title>${xml(e.title)}</title>`,
    `<updated>${e.updated_at}</updated>`,
    link ? `<link rel="alternate" href="${xml(link)}"/>` : '',
    `<category term="${xml(e.type)}"/>`,
    // The markup is escaped once more: type="html" content is HTML carried as text.
    `<content type="html">${xml(html(e))}</content>`,
    '</entry>',
  ].join('');
}

export const atomFormat: TimelineFormat = {
  name: 'atom',
  mediaType: 'application/atom+xml',
  extensions: ['atom'],
  defaultSort: 'desc',
  render(events, ctx) {
    // updated: the latest change among the entries (stable for an unchanged query, so ETags hold).
    const updated = events.reduce((latest, e) => (e.updated_at > latest ? e.updated_at : latest), '1970-01-01T00:00:00.000Z');
    const query = new URL(ctx.selfUrl).search;
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<id>${TAG_PREFIX}timeline${xml(query)}</id>`,
      `<title>${xml(ctx.title)}</title>`,
      `<updated>${updated}</updated>`,
      `<link rel="self" type="application/atom+xml" href="${xml(ctx.selfUrl)}"/>`,
      ctx.nextUrl ? `<link rel="next" type="application/atom+xml" href="${xml(ctx.nextUrl)}"/>` : '',
      '<author><name>Policy timeline</name></author>',
      '<generator>policy-timeline</generator>',
      ...events.map(entry),
      '</feed>',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n');
  },
};
