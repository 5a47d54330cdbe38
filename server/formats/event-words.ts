import { datedText, humanize } from '../pages/display-date';
import type { TimelineEvent } from '../schemas/event.schema';

/**
 * The words the feeds and the embed put beside an event, the same the pages show: the date with its
 * basis ("reported 17 Mar 2023"), the type as words ("Device ban"), a sample source named as such.
 */
export function eventDateWords(event: Pick<TimelineEvent, 'date'>): string {
  return datedText(event.date);
}

export function typeWords(type: string): string {
  return humanize(type);
}

export function sourceName(source: TimelineEvent['sources'][number]): string {
  const name = source.outlet ?? source.title;
  return source.sample ? `${name} [fictional sample]` : name;
}

/** The event's page on this server. */
export function eventPageUrl(siteUrl: string, id: number): string {
  return `${siteUrl}/events/${id}`;
}
