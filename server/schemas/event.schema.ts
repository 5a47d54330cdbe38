import { z } from 'zod';
import { DATE_BASES, EVENT_STATUSES, EVENT_TYPES, PRECISIONS } from '../../db/vocabulary/taxonomy';

/**
 * Response bodies, as zod schemas: the TypeScript types of what services return are inferred from
 * them, and the OpenAPI document shows them, so the two cannot drift apart.
 */
export const eventDateSchema = z
  .object({
    value: z.string().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
    precision: z.enum(PRECISIONS),
    basis: z.enum(DATE_BASES).meta({
      description:
        'what the date rests on. explicit: a source states it (or an editor set it); relative: worked out from words such as "on Tuesday" and the publication date; reported: no source dates the event, so this is the day it was reported (the event happened on or before it)',
    }),
  })
  .meta({ description: 'the date as precisely as the sources support it, and what it rests on' });

export const jurisdictionRefSchema = z.object({ code: z.string(), name: z.string() });

export const companyRefSchema = z.object({ id: z.number().int(), name: z.string() });

export const sourceSchema = z.object({
  article_id: z.number().int(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable().meta({ description: 'publication date, YYYY-MM-DD' }),
  quote: z.string(),
  quote_start: z.number().int().meta({ description: 'offset of the quote in the article text (UTF-16 code units)' }),
  quote_end: z.number().int(),
  sample: z.boolean().meta({ description: 'true for the fictional sample articles `timeline start` imports (remove them with `timeline samples remove`)' }),
});

export const firstSeenSchema = z
  .object({
    at: z.string().meta({ description: 'RFC 3339 (UTC, milliseconds): when its first source was imported here; pass it back as since=' }),
    published: z.string().nullable().meta({ description: 'the earliest publication date among its sources, YYYY-MM-DD' }),
  })
  .meta({ description: 'when we first learned of the event, beside its own date' });

export const timelineEventSchema = z.object({
  id: z.number().int(),
  date: eventDateSchema.nullable(),
  date_start: z.string().nullable().meta({ description: 'first day the date covers' }),
  date_end: z.string().nullable().meta({ description: 'last day the date covers' }),
  jurisdiction: jurisdictionRefSchema.nullable(),
  companies: z.array(companyRefSchema),
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES).nullable(),
  title: z.string(),
  confidence: z.number(),
  verified: z.boolean(),
  updated_at: z.string().meta({ description: 'ISO 8601 timestamp of the last change' }),
  first_seen: firstSeenSchema,
  sources: z.array(sourceSchema),
  rank: z.number().optional().meta({ description: 'full-text rank, present when q is given' }),
  snippet: z.string().optional().meta({ description: 'HTML: the matching words wrapped in <mark>, the rest escaped; present when q is given' }),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/**
 * How a relevance page was ranked, in the words facet counts use (facetCountsSchema): a full-text
 * search of a common word ranks a bounded candidate set, and says so.
 */
export const rankingSchema = z
  .object({
    exact: z.boolean().meta({ description: 'true: every match was ranked, so the order is the exact relevance order; false: only the candidates were' }),
    source: z
      .enum(['events', 'candidates'])
      .meta({ description: 'events: every matching event was ranked; candidates: only the `candidates` matches first seen most recently were ranked, and the other matches are not in the results' }),
    candidates: z.number().int().optional().meta({ description: 'with source candidates: how many matches at most were ranked' }),
  })
  .meta({ description: 'with sort=relevance: how the events were ranked, and whether the order is exact (SEARCH_RANK_CANDIDATES)' });
export type Ranking = z.infer<typeof rankingSchema>;

export const timelinePageSchema = z.object({
  version: z.literal(1),
  events: z.array(timelineEventSchema),
  next_cursor: z.string().nullable().meta({ description: 'pass as cursor= for the next page; null on the last page' }),
  ranking: rankingSchema.optional(),
  warnings: z
    .array(z.object({ parameter: z.enum(['jurisdiction', 'company']), value: z.string(), message: z.string() }))
    .meta({ description: 'on the first page: each jurisdiction or company asked for that has no events at all (an unknown company with the closest known name)' }),
  links: z.object({ self: z.string(), next: z.string().nullable() }),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

export const detailedSourceSchema = sourceSchema.extend({
  source_id: z.number().int(),
  stated_date: eventDateSchema.omit({ basis: true }).nullable().meta({ description: 'the date as this source stated it' }),
  date_basis: z.string(),
  status: z.string().nullable(),
  confidence: z.number(),
});

export const dateConflictSchema = z.object({
  value: z.string(),
  precision: z.string(),
  basis: z.string().optional(),
  source_id: z.number().int().optional(),
});

export const eventDetailSchema = timelineEventSchema.omit({ sources: true, rank: true, snippet: true }).extend({
  created_at: z.string(),
  version: z.number().int().meta({ description: 'bumped on every change; editors send it back as If-Match: W/"v<version>" (docs/security.md)' }),
  sources: z.array(detailedSourceSchema),
  date_conflicts: z.array(dateConflictSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const articleDetailSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  published_inferred: z.boolean(),
  text: z.string(),
  quotes: z.array(
    z.object({
      source_id: z.number().int(),
      event_id: z.number().int(),
      event_title: z.string(),
      quote: z.string(),
      quote_start: z.number().int(),
      quote_end: z.number().int(),
    }),
  ),
});
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

export const jurisdictionCountSchema = z.object({ code: z.string(), name: z.string(), event_count: z.number().int() });
export const jurisdictionListSchema = z.object({ jurisdictions: z.array(jurisdictionCountSchema) });

export const companyCountSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  parent: companyRefSchema.nullable(),
  event_count: z.number().int(),
});
export const companyListSchema = z.object({ companies: z.array(companyCountSchema) });

const facetValueSchema = z.object({ value: z.string().nullable(), count: z.number().int() });
export const facetCountsSchema = z
  .object({
    exact: z.boolean().meta({ description: 'true: every matching event is counted; false: only the candidates a full-text search bounds' }),
    source: z
      .enum(['rollup', 'events', 'candidates'])
      .meta({ description: 'rollup: counts kept on write (any filter without q and with at most one company); events: the matching events counted one by one; candidates: the first `candidates` matches of a full-text search' }),
    candidates: z.number().int().optional().meta({ description: 'with source candidates: how many matches at most were counted' }),
  })
  .meta({ description: 'how the counts were made, and whether they are exact' });
export const facetsSchema = z.object({
  total: z.number().int(),
  counts: facetCountsSchema,
  facets: z.object({
    jurisdiction: z.array(facetValueSchema.extend({ name: z.string().nullable() })),
    company: z.array(facetValueSchema),
    type: z.array(facetValueSchema),
    status: z.array(facetValueSchema),
    year: z.array(facetValueSchema),
  }),
});
export type Facets = z.infer<typeof facetsSchema>;
