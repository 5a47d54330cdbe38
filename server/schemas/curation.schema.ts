import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES, PRECISIONS } from '../../db/vocabulary/taxonomy';
import { isRealPeriod, MAX_ROW_ID, PERIOD_PATTERN, rowIdNumber } from './query-params';
import { JURISDICTION_PATTERN } from './timeline-query.schema';

/**
 * Bodies of the curation endpoints. Strict objects: an unknown field is refused by name, so a typo
 * ("titel") never silently does nothing.
 */

// Control characters (other than none at all) and markup have no place in a title; '<' and '>' are refused
// rather than escaped so every consumer (CSV, iCalendar, TimelineJS) gets the same plain text.
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f<>]*$/;

export const titleField = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(300, 'at most 300 characters')
  .regex(PLAIN_TEXT, 'must be plain text: no markup (< >) or control characters');

export const dateField = z
  .string()
  .regex(PERIOD_PATTERN, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPeriod, { message: 'not a real date' })
  .nullable();

export const jurisdictionField = z
  .string()
  .max(6, 'at most 6 characters')
  .toUpperCase()
  .regex(JURISDICTION_PATTERN, 'expected an ISO 3166 code such as US, EU or US-MT')
  .nullable();

export const companiesField = z
  .array(z.string().trim().min(1, 'must not be empty').max(100, 'at most 100 characters').regex(PLAIN_TEXT, 'must be plain text'))
  .max(50, 'at most 50 companies');

const changeShape = {
  date: dateField.optional(),
  precision: z.enum(PRECISIONS).optional(),
  jurisdiction: jurisdictionField.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  status: z.enum(EVENT_STATUSES).nullable().optional(),
  title: titleField.optional(),
  companies: companiesField.optional(),
};

export const editEventBody = z.strictObject(changeShape).refine((v) => Object.keys(v).length > 0, { message: 'name at least one field to change' });

export const createEventBody = z.strictObject({ ...changeShape, type: z.enum(EVENT_TYPES), title: titleField });

const eventId = rowIdNumber;

export const mergeBody = z.strictObject({
  from: eventId.meta({ description: 'the event merged into this one (it is deleted; its history stays)' }),
  from_version: z.number().int().min(1).max(MAX_ROW_ID).meta({ description: 'the version of `from` the editor saw' }),
});

export const splitBody = z.strictObject({ source_id: eventId });

export const verifyBody = z.strictObject({ verified: z.boolean().default(true) });

export const retractBody = z.strictObject({ retracted: z.boolean().default(true) });
