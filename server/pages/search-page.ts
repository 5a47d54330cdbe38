import type { ParameterError } from '../http/problem';
import type { TimelineEvent } from '../schemas/event.schema';
import { escapeHtml } from '../formats/escape-html';
import { eventCard } from './event-parts';
import { html, type SafeHtml } from './html';
import { layout } from './layout';
import { searchParams, withQuery, type RawParams } from './page-query';
import type { FacetDimension, FacetOption, SearchModel } from './search-model';

export interface SearchPageInput {
  raw: RawParams;
  /** null when the parameters were refused (then `errors` says why). */
  model: SearchModel | null;
  errors: ParameterError[];
  sort: string;
  nextUrl: string | null;
  /** null when the filters were refused: no embed code then (it would show an error). */
  embedUrl: string | null;
  jsonUrl: string | null;
  /** The filters in words, the embed's title. */
  embedTitle: string;
  /** Jurisdictions or companies asked for that have no events. */
  warnings?: { value: string; message: string }[];
}

const LEGENDS: Record<FacetDimension, string> = { jurisdiction: 'Jurisdiction', company: 'Company', type: 'Type', status: 'Status' };

function facetFieldset(dimension: FacetDimension, options: FacetOption[]): SafeHtml {
  if (!options.length) return html``;
  return html`<fieldset class="facet" data-facet="${dimension}">
<legend>${LEGENDS[dimension]}</legend>
<ul class="facet-options">
${options.map(
  (o, i) => html`<li><input type="checkbox" name="${dimension}" value="${o.value}" id="f-${dimension}-${i}"${o.checked ? html` checked` : null}>
<label for="f-${dimension}-${i}">${o.label} <span class="count" data-count-for="${o.value}">${o.count}</span></label></li>`,
)}
</ul>
</fieldset>`;
}

/** Links that narrow the search to one year, keeping the other filters; the current year is marked. */
function yearLinks(raw: RawParams, years: { year: string; count: number }[]): SafeHtml {
  if (!years.length) return html``;
  const base = searchParams(raw, ['from', 'to', 'cursor']);
  const current = raw.from?.[0] === raw.to?.[0] ? raw.from?.[0] : undefined;
  return html`<nav class="years" aria-labelledby="years-heading"><h2 id="years-heading">Browse by year</h2><ul>${years.map((y) => {
    const params = new URLSearchParams(base);
    params.set('from', y.year);
    params.set('to', y.year);
    return html`<li><a href="${withQuery('/', params)}"${current === y.year ? html` aria-current="page"` : null}>${y.year}</a> <span class="count">${y.count}</span></li>`;
  })}</ul></nav>`;
}

function firstValue(raw: RawParams, name: keyof RawParams): string {
  return raw[name]?.[0] ?? '';
}

function filterForm(input: SearchPageInput): SafeHtml {
  const { raw, model } = input;
  const sortOption = (value: string, label: string) => html`<option value="${value}"${input.sort === value ? html` selected` : null}>${label}</option>`;
  return html`<form class="filters" method="get" action="/" role="search" aria-label="Filter events">
<div class="search-row">
  <label for="q">Search titles and quotes</label>
  <div class="search-box"><input type="search" id="q" name="q" value="${firstValue(raw, 'q')}" placeholder="e.g. ban -court"><button type="submit">Search</button></div>
</div>
<fieldset class="dates">
<legend>Date range</legend>
<div class="date-fields">
<label>From <input type="text" name="from" value="${firstValue(raw, 'from')}" inputmode="numeric" placeholder="YYYY-MM" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" size="10"></label>
<label>To <input type="text" name="to" value="${firstValue(raw, 'to')}" inputmode="numeric" placeholder="YYYY-MM" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" size="10"></label>
</div>
</fieldset>
<label class="sort">Order <select name="sort">${sortOption('desc', 'Newest first')}${sortOption('asc', 'Oldest first')}${sortOption('relevance', 'Best match (needs a search)')}</select></label>
${model ? html`<details class="facets" open data-collapse-narrow><summary>Filters with counts</summary>${(['jurisdiction', 'company', 'type', 'status'] as const).map((d) => facetFieldset(d, model.options[d]))}</details>` : null}
${(raw.include ?? []).map((value) => html`<input type="hidden" name="include" value="${value}">`)}
<div class="form-actions"><button type="submit">Apply filters</button> <a href="/">Clear all</a></div>
<p class="facet-status" aria-live="polite" data-facet-status></p>
</form>`;
}

function yearOf(event: TimelineEvent): string {
  return event.date ? event.date.value.slice(0, 4) : 'Undated';
}

/** Consecutive events of the same year under one heading (relevance order is not grouped). */
function timeline(events: TimelineEvent[], grouped: boolean): SafeHtml {
  if (!grouped) return html`<ol class="timeline flat">${events.map((e) => html`<li>${eventCard(e)}</li>`)}</ol>`;
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = yearOf(event);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return html`<ol class="timeline">${groups.map(
    (g) => html`<li class="year-group"><h3 class="year" id="year-${g.year}">${g.year}</h3><ol class="year-events">${g.events.map((e) => html`<li>${eventCard(e)}</li>`)}</ol></li>`,
  )}</ol>`;
}

function embedSection(input: SearchPageInput): SafeHtml | null {
  if (!input.embedUrl || !input.jsonUrl) return null;
  const snippet = `<iframe src="${input.embedUrl}" width="100%" height="650" style="border:0" title="${escapeHtml(input.embedTitle)}" loading="lazy"></iframe>`;
  return html`<section class="embed-box" aria-labelledby="embed-heading">
<h2 id="embed-heading">Share and embed</h2>
<p>This page's address keeps the search: bookmark or share it. To put this timeline on another site, paste the embed code; the data is also available as JSON.</p>
<label for="embed-code">Embed code</label>
<textarea id="embed-code" readonly rows="3">${snippet}</textarea>
<button type="button" class="copy" data-copy="embed-code" hidden>Copy embed code</button>
<label for="json-url">JSON</label>
<input id="json-url" type="text" readonly value="${input.jsonUrl}">
<button type="button" class="copy" data-copy="json-url" hidden>Copy JSON URL</button>
<p class="copy-status" aria-live="polite" data-copy-status></p>
<p><a href="${input.embedUrl}">Preview the embeddable timeline</a></p>
</section>`;
}

function errorList(errors: ParameterError[]): SafeHtml {
  return html`<div class="errors" role="alert"><h2>Some filters could not be used</h2><ul>${errors.map((e) => html`<li><strong>${e.parameter}</strong>: ${e.reason}</li>`)}</ul></div>`;
}

export function renderSearchPage(input: SearchPageInput): SafeHtml {
  const { model } = input;
  const events = model?.result.events ?? [];
  const heading = model ? `${model.total} ${model.total === 1 ? 'event' : 'events'}` : 'No results';
  const body = html`<div class="search-layout">
<aside class="sidebar">${filterForm(input)}${model ? yearLinks(input.raw, model.years) : null}</aside>
<div class="results">
${input.errors.length ? errorList(input.errors) : null}
${input.warnings?.length ? html`<div class="note warnings" role="status"><ul>${input.warnings.map((w) => html`<li>${w.message}</li>`)}</ul></div>` : null}
<section aria-labelledby="results-heading">
<h2 id="results-heading">${heading}</h2>
${model && events.length === 0 ? html`<p class="empty">No events match these filters.</p>` : null}
${model?.result.ranking?.exact === false ? html`<p class="note ranking" role="status">Best matches among the ${model.result.ranking.candidates?.toLocaleString('en-GB')} matching events added most recently: narrow the search to rank every match.</p>` : null}
${timeline(events, input.sort !== 'relevance')}
${input.nextUrl ? html`<p class="pager"><a href="${input.nextUrl}" rel="next">More events</a></p>` : null}
</section>
${embedSection(input)}
</div>
</div>`;
  return layout({ title: 'Policy timeline: search', body });
}
