import type { EventDetail } from '../schemas/event.schema';
import { displayDate, humanize } from './display-date';
import { eventCitation } from './event-citation';
import { eventMeta, sampleBadge, sourceCitation } from './event-parts';
import { html } from './html';
import { layout } from './layout';

/**
 * One event: what, when (and what the date rests on), where, every source with the quote and the
 * date as that source stated it, and a citation to copy. `permalink` is this page's absolute URL.
 */
export function renderEventPage(event: EventDetail, permalink: string) {
  const citation = eventCitation(event, permalink);
  const body = html`<article class="event-detail">
<p class="breadcrumb"><a href="/">← All events</a></p>
<h1>${event.title}</h1>
${eventMeta(event)}
${event.date?.basis === 'reported'
    ? html`<p class="note basis-note">No source gives this event's date: ${displayDate(event.date)} is the day it was reported, so the event happened on or before it.</p>`
    : null}
${event.sources.some((s) => s.sample)
    ? html`<p class="note sample-note">${sampleBadge({ sample: true })} Some sources here are fictional samples written for the demo, not real articles.</p>`
    : null}
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
<section class="cite-box" aria-labelledby="cite-heading">
<h2 id="cite-heading">Cite this event</h2>
<textarea id="citation" class="citation" readonly rows="${String(citation.split('\n').length + 1)}">${citation}</textarea>
<button type="button" class="copy" data-copy="citation" hidden>Copy citation</button>
<p class="copy-status" aria-live="polite" data-copy-status></p>
</section>
<p class="json-link"><a href="/api/v1/events/${event.id}">This event as JSON</a></p>
</article>`;
  return layout({ title: `${event.title} · Policy timeline`, body });
}
