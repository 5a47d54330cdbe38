import { z } from 'zod';
import { PROBLEM_MEDIA_TYPE } from '../http/problem';
import type { RouteResponse } from './route';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), reason: z.string() })).optional(),
  })
  .meta({ description: 'RFC 9457 problem details' });

const DESCRIPTIONS: Record<number, string> = {
  400: 'a parameter is missing, malformed, unknown or out of range (each named in errors)',
  401: 'no API key, or one that is malformed, unknown or revoked',
  403: 'the key\'s role is below the one this route needs',
  404: 'no such resource',
  409: 'the change conflicts with the event as it is (e.g. merging an event into itself)',
  412: 'If-Match names a version older than the event\'s: fetch it again and reapply the change',
  413: 'the request body is larger than the limit',
  415: 'the body is in another media type, charset or encoding than the route reads',
  422: 'the body was read but held nothing that could be imported',
  428: 'If-Match is missing: send the event\'s ETag',
  429: 'this key has sent too many requests: wait for Retry-After',
};

/** The documented error responses of a route, all application/problem+json. */
export function problemResponses(...statuses: number[]): Record<number, RouteResponse> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: DESCRIPTIONS[status] ?? 'error', content: { [PROBLEM_MEDIA_TYPE]: problemSchema } }]),
  );
}
