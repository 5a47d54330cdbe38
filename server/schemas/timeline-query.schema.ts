import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES } from '../../db/vocabulary/taxonomy';
import { formats } from '../formats';
import { jurisdictionItem } from './jurisdiction-param';
import { listParam, momentParam, periodParam, periodRange, rowIdDigits } from './query-params';

export { JURISDICTION_PATTERN } from './jurisdiction-param';

export const INCLUDE_OPTIONS = ['members', 'subdivisions', 'subsidiaries', 'retracted'] as const;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** The filters shared by /timeline and /facets. */
export const filterShape = {
  jurisdiction: listParam(
    jurisdictionItem,
    'jurisdiction codes (ISO 3166-1 alpha-2, EU, or ISO 3166-2 such as US-MT; UK is read as GB); several allowed',
  ),
  company: listParam(z.string().min(1).max(100), 'company names (case-insensitive); several allowed'),
  type: listParam(z.enum(EVENT_TYPES), 'event types; several allowed'),
  status: listParam(z.enum(EVENT_STATUSES), 'event statuses; several allowed'),
  from: periodParam('events whose date range ends on or after the start of this period (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: periodParam('events whose date range starts on or before the end of this period (YYYY, YYYY-MM or YYYY-MM-DD)'),
  since: momentParam(
    'events first seen (imported into this database) at or after this moment: YYYY-MM-DD (from its start, UTC) or an RFC 3339 timestamp; "what is new since my last visit"',
  ),
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'full-text search over event titles and source quotes (web search syntax: "exact phrase", or, -not)' }),
  include: listParam(
    z.enum(INCLUDE_OPTIONS),
    'members: EU adds its 27 member states; subdivisions: a country adds its subdivisions (US adds US-MT…); subsidiaries: a company adds its brands; retracted: events an editor retracted are listed too',
  ),
};

/** A policy id in a query string: digits only, like an id in a path (one policy, one URL). */
export const policyIdParam = rowIdDigits('expected a policy id: a whole number written in digits');

type FilterInput = { from?: string; to?: string };

/** from must not come after to (compared as periods: from=2023-05&to=2023 is fine). */
function checkPeriodOrder(value: FilterInput, ctx: z.RefinementCtx): void {
  if (!value.from || !value.to) return;
  if (periodRange(value.from).start > periodRange(value.to).end) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: `from (${value.from}) is after to (${value.to})` });
  }
}

export const facetsQuerySchema = z.strictObject(filterShape).superRefine(checkPeriodOrder);

export const timelineQuerySchema = z
  .strictObject({
    ...filterShape,
    sort: z
      .enum(['asc', 'desc', 'relevance', 'first_seen'])
      .optional()
      .meta({
        description:
          'date order (asc: oldest first; undated events last either way), relevance (needs q), or first_seen (the events we learned of most recently first). Default: atom first_seen; otherwise relevance with q, else asc',
      }),
    limit: z.coerce
      .number()
      .int('expected a whole number')
      .min(1)
      .max(MAX_LIMIT)
      .default(DEFAULT_LIMIT)
      .meta({ description: `page size, 1 to ${MAX_LIMIT}` }),
    cursor: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, 'not a cursor from this API')
      .optional()
      .meta({ description: 'next_cursor of the previous page (opaque)' }),
    format: z
      .enum(formats.map((f) => f.name) as [string, ...string[]])
      .optional()
      .meta({ description: `output format: ${formats.map((f) => f.name).join(', ')}; default: from the Accept header, else json` }),
    group: z.enum(['jurisdiction', 'type']).default('jurisdiction').meta({ description: 'timelinejs: group events by jurisdiction or by type' }),
    bom: z.enum(['true', 'false']).default('false').meta({ description: 'csv: start with a UTF-8 byte order mark' }),
    policy: policyIdParam.optional().meta({ description: 'only the events of this policy (GET /api/v1/policies): one policy\'s thread in any format' }),
  })
  .superRefine(checkPeriodOrder);

export type FacetsQuery = z.output<typeof facetsQuerySchema>;
export type TimelineQuery = z.output<typeof timelineQuerySchema>;
