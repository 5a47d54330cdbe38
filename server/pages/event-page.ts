import type { EventDetail } from '../schemas/event.schema';
import { displayDate, humanize } from './display-date';
import { eventMeta, sourceCitation } from './event-parts';
import { html } from './html';
import { layout } from './layout';

/** One event: what, when, where, and every source with the quote and the date as that source stated it. */
export function renderEventPage(event: EventDetail) {
  const body = html`<article class="event-detail">
<p class="breadcrumb"><a href="/">← All events</a></p>
<h1>${event.title}</h1>
${eventMeta(event)}
${event.date_conflicts.length
    ? html`<div class="note"><h2>Sources disagree on the date</h2><ul>${event.date_conflicts.map(
        (c) => html`<li>${displayDate({ value: c.value, precision: c.precision === 'year' || c.precision === 'month' ? c.precision : 'day' })}${c.basis ? ` (${c.basis})` : ''}</li>`,
      )}</ul></div>`
    : null}
<h2>${event.sources.length === 1 ? '1 source' : `${event.sources.length} sources`}</h2>
<ol class="sources">
${event.sources.map(
  (s) => html`<li class="source-item">
<blockquote class="quote">${s.quote}</blockquote>
${sourceCitation(s, `quote-${s.source_id}`)}
<p class="source-meta">Date as stated: ${s.stated_date ? displayDate(s.stated_date) : 'none'} (${s.date_basis})${s.status ? ` · status: ${humanize(s.status)}` : ''}</p>
</li>`,
)}
</ol>
<p class="json-link"><a href="/api/v1/events/${event.id}">This event as JSON</a></p>
</article>`;
  return layout({ title: `${event.title} · Policy timeline`, body });
}
