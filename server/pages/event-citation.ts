import type { EventDetail } from '../schemas/event.schema';
import { BASIS_WORDS, datedText, displayDate } from './display-date';

/**
 * A ready citation of one event, as plain text to paste into a story or a note: the title, the date
 * with what it rests on, each source (outlet, title, date, URL; a fictional sample says so) and the
 * permalink.
 *
 *   Belgium suspends the app on federal phones. 16 Mar 2023 (a source states this date).
 *   Sources:
 *   1. Example Wire, "Governments move against a video app", 20 Mar 2023, https://news.example/wire/1
 *   Policy timeline, event 10: http://localhost:3000/events/10
 */
export function eventCitation(event: Pick<EventDetail, 'id' | 'title' | 'date' | 'sources'>, permalink: string): string {
  const date = event.date ? `${datedText(event.date)} (${BASIS_WORDS[event.date.basis].meaning})` : 'Undated';
  const sources = event.sources.map((s, i) => {
    const parts = [s.outlet ?? 'Unknown outlet', `"${s.title}"`, s.published ? displayDate({ value: s.published, precision: 'day' }) : 'undated', s.url ?? 'no URL'];
    return `${i + 1}. ${parts.join(', ')}${s.sample ? ' [fictional sample, not a real article]' : ''}`;
  });
  return [`${event.title}. ${date}.`, 'Sources:', ...sources, `Policy timeline, event ${event.id}: ${permalink}`].join('\n');
}
