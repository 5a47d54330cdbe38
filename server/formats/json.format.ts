import type { TimelinePage } from '../schemas/event.schema';
import type { TimelineFormat } from './format';

/** Our own JSON, versioned: `version` changes only when a field changes meaning or disappears. */
export const jsonFormat: TimelineFormat = {
  name: 'json',
  mediaType: 'application/json',
  extensions: ['json'],
  render(events, ctx) {
    const page: TimelinePage = {
      version: 1,
      events,
      next_cursor: ctx.nextCursor,
      ...(ctx.ranking ? { ranking: ctx.ranking } : {}),
      warnings: ctx.warnings,
      links: { self: ctx.selfUrl, next: ctx.nextUrl },
    };
    return JSON.stringify(page);
  },
};
