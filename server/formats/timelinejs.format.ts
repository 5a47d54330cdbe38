import type { TimelineEvent } from '../schemas/event.schema';
import { escapeHtml } from './escape-html';
import type { TimelineFormat } from './format';

/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html). The date keeps its
 * precision: a month-precision event has year and month and no day, a year-precision one the year
 * alone. Undated events are left out (TimelineJS needs a start_date). The slide text is HTML: quotes
 * escaped, each linked to its source.
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

function slideText(event: TimelineEvent): string {
  const quotes = event.sources.map((s) => {
    const cite = s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.outlet ?? s.title)}</a>` : escapeHtml(s.outlet ?? s.title);
    return `<blockquote>${escapeHtml(s.quote)}</blockquote><p>— ${cite}${s.published ? `, ${s.published}` : ''}</p>`;
  });
  return quotes.join('');
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
          text: { headline: escapeHtml(e.title), text: slideText(e) },
          group: ctx.group === 'type' ? e.type : (e.jurisdiction?.name ?? 'Unknown'),
          unique_id: `event-${e.id}`,
        })),
    };
    return JSON.stringify(doc);
  },
};
