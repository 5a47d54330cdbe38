import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../../db/vocabulary/lifecycle';
import { EVENT_STATUSES } from '../../db/vocabulary/taxonomy';
import { timelineEventSchema, jurisdictionRefSchema } from './event.schema';
import { filterShape } from './timeline-query.schema';
import { MAX_ROW_ID, rowIdDigits, rowIdNumber } from './query-params';

/** Requests and responses of /api/v1/policies, as zod schemas (validation and the OpenAPI document alike). */

const STAGE_OF_EVENT = [...LIFECYCLE_STAGES, 'response'] as const;

export const policiesQuerySchema = z.strictObject({
  ...filterShape,
  limit: z.coerce.number().int('expected a whole number').min(1).max(500).default(50).meta({ description: 'page size, 1 to 500' }),
  cursor: rowIdDigits('not a cursor from this API').optional().meta({ description: 'next_cursor of the previous page' }),
});
export type PoliciesQuery = z.output<typeof policiesQuerySchema>;

const cueSchema = z
  .record(z.string(), z.unknown())
  .meta({
    description:
      'why the event joined: {kind: "instrument", instrument, name} (the same bill number, act or case named), {kind: "sequence", from_stage, to_stage, target} (same jurisdiction and company, steps that follow one another), {kind: "founding"}, or {kind: "editor", key_label}',
  });

export const policySummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  jurisdiction: jurisdictionRefSchema.nullable(),
  companies: z.array(z.string()),
  stage: z.enum(LIFECYCLE_STAGES).nullable().meta({ description: 'the step of its latest event (statements are reactions and move no step); null with no events' }),
  status: z.enum(EVENT_STATUSES).nullable().meta({ description: 'the status of that same event' }),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
  event_count: z.number().int(),
  version: z.number().int().meta({ description: "send as If-Match (W/\"v<version>\") with an editor's change" }),
  url: z.string().meta({ description: 'this policy in the API' }),
});
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const policyListSchema = z.object({
  policies: z.array(policySummarySchema),
  next_cursor: z.string().nullable(),
});

export const policyEventSchema = timelineEventSchema.extend({
  stage: z.enum(STAGE_OF_EVENT),
  cue: cueSchema,
  linked_by: z.string().meta({ description: '"import" or the label of the editor\'s key' }),
});

export const policyDetailSchema = policySummarySchema.extend({
  events: z.array(policyEventSchema).meta({ description: 'its events in date order, each with its sources and the cue that linked it' }),
  steps: z
    .array(z.object({ stage: z.enum(LIFECYCLE_STAGES), reached: z.boolean(), current: z.boolean(), event_ids: z.array(z.number().int()) }))
    .meta({ description: 'the lifecycle in order: reached when the policy has an event at that step (steps with none were skipped or are not known), current for its stage, with the events of each' }),
  responses: z.array(z.number().int()).meta({ description: 'ids of the reactions (statements) in the thread' }),
  links: z.object({ page: z.string(), timeline: z.string(), embed: z.string(), atom: z.string(), ics: z.string(), csv: z.string() }),
});
export type PolicyDetail = z.infer<typeof policyDetailSchema>;

export const renameBody = z.strictObject({ name: z.string().trim().min(1).max(300) });
export const linkBody = z.strictObject({ event_id: rowIdNumber });
export const policyMergeBody = z.strictObject({
  from: rowIdNumber.meta({ description: 'the policy to merge into this one (it is deleted; its history stays)' }),
  from_version: z.number().int().min(1).max(MAX_ROW_ID).meta({ description: "that policy's version, as its ETag says" }),
});
export const unlinkParams = z.strictObject({
  id: rowIdDigits(),
  eventId: rowIdDigits(),
});
