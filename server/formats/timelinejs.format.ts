import type { TimelineEvent } from '../schemas/event.schema';
import { displayDate } from '../pages/display-date';
import { escapeHtml } from './escape-html';
import { eventDateWords, eventPageUrl, sourceName, typeWords } from './event-words';
import type { TimelineFormat } from './format';

/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html). The date keeps its
 * precision: a month-precision event has year and month and no day, a year-precision one the year
 * alone, and its display_date is the date as the pages write it, with its basis ("reported 17 Mar
 * 2023": the slide sits on the report day, and says so). Undated events are left out (TimelineJS needs
 * a start_date). The slide text is HTML: quotes escaped, each linked to its source, a fictional sample
 * named as one, and a link to the event's page. Links open outside the embed's frame.
 */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: {
    start_date: TimelineJsDate;
    display_date: string;
    text: { headline: string; text: string };
    group: string;
    unique_id: string;
  }[];
}

function startDate(value: string): TimelineJsDate {
  const [year, month, day] = value.split('-').map(Number);
  const date: TimelineJsDate = { year: year! };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}

const OUT = 'target="_blank" rel="noopener noreferrer"';

function slideText(event: TimelineEvent, siteUrl: string): string {
  const basis = event.date?.basis === 'reported' ? '<p class="basis-note"><em>No source dates this event: the date shown is the day it was reported.</em></p>' : '';
  const quotes = event.sources.map((s) => {
    const name = escapeHtml(sourceName(s));
    const cite = s.url ? `<a href="${escapeHtml(s.url)}" ${OUT}>${name}</a>` : name;
    return `<blockquote>${escapeHtml(s.quote)}</blockquote><p>— ${cite}${s.published ? `, ${escapeHtml(displayDate({ value: s.published, precision: 'day' }))}` : ''}</p>`;
  });
  const page = `<p class="event-link"><a href="${escapeHtml(eventPageUrl(siteUrl, event.id))}" ${OUT}>Event page: all sources and a citation</a></p>`;
  return basis + quotes.join('') + page;
}

export const timelinejsFormat: TimelineFormat = {
  name: 'timelinejs',
  mediaType: 'application/vnd.timelinejs+json',
  extensions: ['json'],
  render(events, ctx) {
    const doc: TimelineJsDocument = {
      title: { text: { headline: escapeHtml(ctx.title), text: '' } },
      events: events
        .filter((e) => e.date !== null)
        .map((e) => ({
          start_date: startDate(e.date!.value),
          display_date: escapeHtml(eventDateWords(e)),
          text: { headline: escapeHtml(e.title), text: slideText(e, ctx.siteUrl) },
          group: ctx.group === 'type' ? typeWords(e.type) : (e.jurisdiction?.name ?? 'Unknown'),
          unique_id: `event-${e.id}`,
        })),
    };
    return JSON.stringify(doc);
  },
};
