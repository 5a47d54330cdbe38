import type { TimelineEvent } from '../schemas/event.schema';
import { displayDate, humanize } from './display-date';
import { html, SafeHtml } from './html';
import { safeHref } from './safe-href';

type Source = TimelineEvent['sources'][number];
type EventSummary = Pick<TimelineEvent, 'date' | 'jurisdiction' | 'type' | 'status' | 'companies' | 'verified'>;

/** "US United States of America": the code as a badge (flags need emoji fonts many systems lack), then the name. */
export function jurisdictionLabel(jurisdiction: TimelineEvent['jurisdiction']): SafeHtml {
  if (!jurisdiction) return html`<span class="jurisdiction">No jurisdiction</span>`;
  return html`<span class="jurisdiction"><abbr class="code" title="${jurisdiction.name}">${jurisdiction.code}</abbr> ${jurisdiction.name}</span>`;
}

export function dateLabel(date: TimelineEvent['date']): SafeHtml {
  return date ? html`<time datetime="${date.value}">${displayDate(date)}</time>` : html`<span class="undated">Undated</span>`;
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
export function sourceCitation(source: Pick<Source, 'article_id' | 'title' | 'url' | 'outlet' | 'published'>, anchor?: string): SafeHtml {
  const original = safeHref(source.url);
  return html`<p class="source"><a href="/articles/${source.article_id}${anchor ? `#${anchor}` : ''}">${source.outlet ? `${source.outlet}: ` : ''}${source.title}</a>${
    source.published ? html`, <time datetime="${source.published}">${displayDate({ value: source.published, precision: 'day' })}</time>` : null
  }${original ? html` · <a class="external" href="${original}" rel="noopener noreferrer external">original</a>` : null}</p>`;
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
