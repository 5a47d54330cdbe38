import type { TimelineEvent } from '../schemas/event.schema';

/** What a renderer may use besides the events: links, paging, and the options the request chose. */
export interface FormatContext {
  /** Absolute URL of this request. */
  selfUrl: string;
  /** Absolute URL of the next page, null on the last. */
  nextUrl: string | null;
  nextCursor: string | null;
  /** A human title for the query ("Policy timeline: US, TikTok"). */
  title: string;
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
  defaultSort?: 'asc' | 'desc';
  render(events: TimelineEvent[], ctx: FormatContext): string;
}
