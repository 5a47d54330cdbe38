import type { TimelineEvent } from '../schemas/event.schema';
import { BASIS_WORDS, displayDate, humanize } from './display-date';
import { html, SafeHtml } from './html';
import { safeHref } from './safe-href';

type Source = TimelineEvent['sources'][number];
type EventSummary = Pick<TimelineEvent, 'date' | 'jurisdiction' | 'type' | 'status' | 'companies' | 'verified'>;

/** "US United States of America": the code as a badge (flags need emoji fonts many systems lack), then the name. */
export function jurisdictionLabel(jurisdiction: TimelineEvent['jurisdiction']): SafeHtml {
  if (!jurisdiction) return html`<span class="jurisdiction">No jurisdiction</span>`;
  return html`<span class="jurisdiction"><abbr class="code" title="${jurisdiction.name}">${jurisdiction.code}</abbr> ${jurisdiction.name}</span>`;
}

/**
 * The event's date, its basis visible: a reported date reads "reported 17 Mar 2023" in a style
 * unlike a dated event's, with what it means in the title (a tooltip and the accessible description).
 */
export function dateLabel(date: TimelineEvent['date']): SafeHtml {
  if (!date) return html`<span class="undated">Undated</span>`;
  const words = BASIS_WORDS[date.basis];
  const time = html`<time datetime="${date.value}">${displayDate(date)}</time>`;
  return html`<span class="date basis-${date.basis}" title="${words.meaning}">${words.prefix ? html`<span class="basis">${words.prefix}</span> ` : null}${time}</span>`;
}

/** The badge a fictional sample source carries wherever it shows. */
export function sampleBadge(source: { sample: boolean }): SafeHtml | null {
  return source.sample ? html` <span class="tag sample" title="fictional prose written for the demo; remove with: npx timeline samples remove">Fictional sample</span>` : null;
}

/** Date, jurisdiction, type, status, companies: the line above an event's title. */
export function eventMeta(event: EventSummary): SafeHtml {
  return html`<p class="event-meta">${dateLabel(event.date)}
  ${jurisdictionLabel(event.jurisdiction)}
  <span class="tag type">${humanize(event.type)}</span>
  ${event.status ? html`<span class="tag status">${humanize(event.status)}</span>` : null}
  ${event.verified ? html`<span class="tag verified">Verified</span>` : null}
  ${event.companies.length ? html`<span class="companies">${event.companies.map((c) => c.name).join(', ')}</span>` : null}</p>`;
}

/** The article a source came from: our copy (with the quote marked) and the original, when it is a web link. */
export function sourceCitation(source: Pick<Source, 'article_id' | 'title' | 'url' | 'outlet' | 'published' | 'sample'>, anchor?: string): SafeHtml {
  const original = safeHref(source.url);
  return html`<p class="source"><a href="/articles/${source.article_id}${anchor ? `#${anchor}` : ''}">${source.outlet ? `${source.outlet}: ` : ''}${source.title}</a>${
    source.published ? html`, <time datetime="${source.published}">${displayDate({ value: source.published, precision: 'day' })}</time>` : null
  }${original ? html` · <a class="external" href="${original}" rel="noopener noreferrer external">original</a>` : null}${sampleBadge(source)}</p>`;
}

/** One entry of the timeline: meta line, title linking to the event, the first quote and its article. */
export function eventCard(event: TimelineEvent): SafeHtml {
  const [first, ...more] = event.sources;
  return html`<article class="event" id="event-${event.id}">
${eventMeta(event)}
<h3 class="event-title"><a href="/events/${event.id}">${event.title}</a></h3>
${event.snippet ? html`<p class="snippet">${new SafeHtml(event.snippet)}</p>` : null}
${first ? html`<blockquote class="quote">${first.quote}</blockquote>${sourceCitation(first)}` : null}
${more.length ? html`<p class="more-sources"><a href="/events/${event.id}">${more.length === 1 ? '1 more source' : `${more.length} more sources`}</a></p>` : null}
</article>`;
}
