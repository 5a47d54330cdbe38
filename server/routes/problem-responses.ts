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
  404: 'no such resource',
};

/** The documented error responses of a route, all application/problem+json. */
export function problemResponses(...statuses: number[]): Record<number, RouteResponse> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: DESCRIPTIONS[status] ?? 'error', content: { [PROBLEM_MEDIA_TYPE]: problemSchema } }]),
  );
}
