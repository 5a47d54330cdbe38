import type { Ranking, TimelineEvent } from '../schemas/event.schema';
import type { TimelineWarning } from '../schemas/timeline-warning';

/** What a renderer may use besides the events: links, paging, and the options the request chose. */
export interface FormatContext {
  /** Absolute URL of this request. */
  selfUrl: string;
  /** Absolute URL of the next page, null on the last. */
  nextUrl: string | null;
  nextCursor: string | null;
  /** sort=relevance: how the events were ranked (every match, or a bounded candidate set); else null. */
  ranking: Ranking | null;
  /** The filters in words ("Policy timeline: Device ban · United States of America"). */
  title: string;
  /** Origin of this server (http://host:port), for links to event pages. */
  siteUrl: string;
  /** Jurisdictions or companies asked for that have no events (first page only). */
  warnings: TimelineWarning[];
  /** When the data last changed, for a feed with no entries (else its entries' latest change); ISO 8601. */
  dataUpdated?: string;
  /** TimelineJS: group events by jurisdiction (default) or type. */
  group: 'jurisdiction' | 'type';
  /** CSV: start with a UTF-8 byte order mark (for spreadsheet programs that need one). */
  bom: boolean;
}

/**
 * One output format of the timeline. Built-ins and new ones register the same way: one file and one
 * line in formats/index.ts. Chosen by `?format=name`, else by the Accept header.
 */
export interface TimelineFormat {
  name: string;
  mediaType: string;
  /** File extensions, the first used for a download name. */
  extensions?: string[];
  /** Sort order when the request names none (a feed wants the newest first). */
  defaultSort?: 'asc' | 'desc' | 'first_seen';
  render(events: TimelineEvent[], ctx: FormatContext): string;
}
