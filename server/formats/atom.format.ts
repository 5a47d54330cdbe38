import type { TimelineEvent } from '../schemas/event.schema';
import { eventDateWords, eventPageUrl, sourceName, typeWords } from './event-words';
import type { FormatContext, TimelineFormat } from './format';

/**
 * Atom (RFC 4287) feed of the query's events, the most recently first seen first by default. Ids are tag: URIs (RFC 4151),
 * stable per event whatever host serves them. Each entry links to the event's page (alternate) and to
 * its sources' articles (related); its content is HTML with the date and what it rests on
 * ("reported 17 Mar 2023"), the quotes and their sources, a fictional sample named as one.
 */
export const TAG_PREFIX = 'tag:policy-timeline,2024:';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function html(e: TimelineEvent, page: string): string {
  const head = `<p>${xml(eventDateWords(e))} · ${xml(e.jurisdiction?.name ?? 'unknown jurisdiction')} · ${xml(typeWords(e.type))}${e.status ? ` · ${xml(typeWords(e.status))}` : ''}</p>`;
  const basis = e.date?.basis === 'reported' ? '<p><em>No source dates this event: the date is the day it was reported.</em></p>' : '';
  const quotes = e.sources.map((s) => {
    const source = s.url ? `<a href="${xml(s.url)}">${xml(sourceName(s))}</a>` : xml(sourceName(s));
    return `<blockquote>${xml(s.quote)}</blockquote><p>— ${source}</p>`;
  });
  return [head, basis, ...quotes, `<p><a href="${xml(page)}">Event page, all sources</a></p>`].join('');
}

/** "[Reported 17 Mar 2023]" before the title when the date is only the report day; "[Sample]" when every source is fictional. */
function entryTitle(e: TimelineEvent): string {
  const marks = [
    e.date?.basis === 'reported' ? `[${eventDateWords(e).replace(/^r/, 'R')}]` : '',
    e.sources.length > 0 && e.sources.every((s) => s.sample) ? '[Fictional sample]' : '',
  ].filter(Boolean);
  return [...marks, e.title].join(' ');
}

function entry(e: TimelineEvent, ctx: FormatContext): string {
  const page = eventPageUrl(ctx.siteUrl, e.id);
  const related = [...new Set(e.sources.map((s) => s.url).filter((u): u is string => u !== null))];
  return [
    '<entry>',
    `<id>${TAG_PREFIX}event/${e.id}</id>`,
    `<title>${xml(entryTitle(e))}</title>`,
    `<published>${e.first_seen.at}</published>`,
    `<updated>${e.updated_at}</updated>`,
    `<link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    ...related.map((url) => `<link rel="related" href="${xml(url)}"/>`),
    `<category term="${xml(e.type)}" label="${xml(typeWords(e.type))}"/>`,
    // The markup is escaped once more: type="html" content is HTML carried as text.
    `<content type="html">${xml(html(e, page))}</content>`,
    '</entry>',
  ].join('');
}

export const atomFormat: TimelineFormat = {
  name: 'atom',
  mediaType: 'application/atom+xml',
  extensions: ['atom'],
  // Entries in the order we learned of them: a reader sees what is new at the top, whatever its date.
  defaultSort: 'first_seen',
  render(events, ctx) {
    // updated: the latest change among the entries (stable for an unchanged query, so ETags hold);
    // with no entries, the data's latest change, never the epoch.
    const latest = events.reduce<string | null>((max, e) => (max === null || e.updated_at > max ? e.updated_at : max), null);
    const updated = latest ?? ctx.dataUpdated ?? new Date().toISOString();
    const query = new URL(ctx.selfUrl).search;
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<id>${TAG_PREFIX}timeline${xml(query)}</id>`,
      `<title>${xml(ctx.title)}</title>`,
      `<updated>${updated}</updated>`,
      `<link rel="self" type="application/atom+xml" href="${xml(ctx.selfUrl)}"/>`,
      `<link rel="alternate" type="text/html" href="${xml(`${ctx.siteUrl}/${query}`)}"/>`,
      ctx.nextUrl ? `<link rel="next" type="application/atom+xml" href="${xml(ctx.nextUrl)}"/>` : '',
      '<author><name>Policy timeline</name></author>',
      '<generator>policy-timeline</generator>',
      ...events.map((e) => entry(e, ctx)),
      '</feed>',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n');
  },
};
